// A gettext plural expression ("n%10==1 && n%100!=11 ? 0 : ...", a .po file's Plural-Forms) as a function of n,
// read by a small parser rather than eval or new Function, so the page's content security policy needs no 'unsafe-eval'.

const TOKEN = /\s*(?:(\d+)|(n)|(==|!=|<=|>=|&&|\|\||[-+*/%<>!?:()]))/y;
const BINARY = [
  ['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%'],
];
const APPLY = {
  '||': (a, b) => (a || b ? 1 : 0), '&&': (a, b) => (a && b ? 1 : 0),
  '==': (a, b) => (a === b ? 1 : 0), '!=': (a, b) => (a !== b ? 1 : 0),
  '<': (a, b) => (a < b ? 1 : 0), '>': (a, b) => (a > b ? 1 : 0), '<=': (a, b) => (a <= b ? 1 : 0), '>=': (a, b) => (a >= b ? 1 : 0),
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => Math.trunc(a / b), '%': (a, b) => a % b,
};

/** Text quoted for an error message (string concatenation, not a template: xgettext misreads quotes inside ${}). */
function quoted(text) {
  return JSON.stringify(String(text));
}

function tokenize(expression) {
  const tokens = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < expression.trimEnd().length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(expression);
    if (!match) throw new SyntaxError('plural expression: unexpected ' + quoted(expression.slice(at).trim()) + ' in ' + quoted(expression));
    tokens.push(match[1] !== undefined ? { number: Number(match[1]) } : match[2] ? { n: true } : { op: match[3] });
  }
  return tokens;
}

/** The plural expression as a function from a count to the index of its form; throws a SyntaxError naming bad input. */
export function pluralRule(expression) {
  const tokens = tokenize(String(expression).replace(/;\s*$/, ''));
  let position = 0;
  const peek = () => tokens[position]?.op;
  const expect = (op) => {
    if (peek() !== op) throw new SyntaxError('plural expression: expected ' + quoted(op) + ' in ' + quoted(expression));
    position += 1;
  };
  function primary() {
    const token = tokens[position++];
    if (!token) throw new SyntaxError('plural expression ends too soon: ' + quoted(expression));
    if (token.number !== undefined) return () => token.number;
    if (token.n) return (n) => n;
    if (token.op === '!') { const operand = primary(); return (n) => (operand(n) ? 0 : 1); }
    if (token.op === '(') { const inner = conditional(); expect(')'); return inner; }
    throw new SyntaxError('plural expression: unexpected ' + quoted(token.op) + ' in ' + quoted(expression));
  }
  function binary(level) {
    if (level === BINARY.length) return primary();
    let left = binary(level + 1);
    while (BINARY[level].includes(peek())) {
      const apply = APPLY[tokens[position++].op];
      const a = left;
      const b = binary(level + 1);
      left = (n) => apply(a(n), b(n));
    }
    return left;
  }
  function conditional() {
    const test = binary(0);
    if (peek() !== '?') return test;
    position += 1;
    const yes = conditional();
    expect(':');
    const no = conditional();
    return (n) => (test(n) ? yes(n) : no(n));
  }
  const rule = conditional();
  if (position !== tokens.length) throw new SyntaxError('plural expression: trailing input in ' + quoted(expression));
  return (count) => Number(rule(count));
}
