function Square(side) { this.name = 'square'; this.side = side; }
Square.prototype.area = function () { return this.side * this.side; };
module.exports = Square;
