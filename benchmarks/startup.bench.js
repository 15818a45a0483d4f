// Start-up: the whole process, `-e 0`, wall time. Target (issue 7): n10 ≤ 1.5× node.
exports.commands = {
  n10: ['n10', '-e', '0'],
  'node 20': ['host', '-e', '0'],
  'node 0.10': ['oracle', '-e', '0'],
};
