var e = new Error("x"); function f(){ throw e } f();
