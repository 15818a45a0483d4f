// Date string parsing, Date() and Date.UTC as node 0.10 had them: an ISO date-time without an
// offset is UTC (whatever TZ is), hour 24 is invalid, Date() writes 0.10's form, Date.UTC
// wants two arguments.
var forms = ['2012-01-01T10:00:00', '2012-01-01T10:00', '2012-06-15T10:00:00.123', '2012-01-01T24:00:00',
  '2012-01-01T24:00:00Z', '2000-01-01T24:00', '2012-01-01T10:00:00Z', '2012-01-01', '2012-01-01 10:00:00',
  '+002012-01-01T10:00:00', 'Sun Jan 01 2012 10:00:00 GMT-0500 (EST)', 'not a date'];
forms.forEach(function (s) {
  var t = Date.parse(s);
  console.log(JSON.stringify(s), t, new Date(s).getTime() === t || isNaN(t), isNaN(t) ? '-' : new Date(t).toISOString());
});
console.log('ISO local is UTC:', Date.parse('2012-01-01T10:00:00') === Date.UTC(2012, 0, 1, 10));
console.log('Date.UTC(2012):', Date.UTC(2012), 'Date.UTC():', Date.UTC(), 'Date.UTC(2012, 1):', Date.UTC(2012, 1));
var now = Date();
console.log('Date():', typeof now, now.length === String(new Date()).length, now.replace(/.*(GMT[+-]\d{4})/, '$1').length > 0);
console.log(new Date(2012, 0, 1, 10, 0, 0).getHours(), new Date(0).constructor === Date, new Date(0) instanceof Date, Date.length, Date.UTC.length);
