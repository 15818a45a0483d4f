try { throw 'caught'; } catch (e) {}
process.nextTick(function () { undefinedFunction(); });
