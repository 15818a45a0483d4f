function Circle(r) { this.name = 'circle'; this.r = r; }
Circle.prototype.area = function () { return Math.PI * this.r * this.r; };
module.exports = Circle;
