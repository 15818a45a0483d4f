var Square = require('./square');
var Circle = require('./circle');
exports.all = [new Square(2), new Circle(1.5)];
