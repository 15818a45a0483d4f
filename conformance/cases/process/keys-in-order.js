// The process object's own keys, in 0.10's order (programs and inspect(process) show them).
console.log(Object.keys(process).join(" "));
