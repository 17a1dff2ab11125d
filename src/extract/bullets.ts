// The marks that open an item of a list on a page (● 调解纠纷…, ▶ 法律援助…, ✅ 1,604件), written once for every stage
// that meets them: normalizeText (a line opening with one starts an item), numbersFirst (a number after one opens its
// line), evidence (a span never starts with one).

/** Symbols only; ASCII marks (* # -) are bullets only where a stage says so. */
const BULLET_SYMBOLS = '▶►➤▸●○◆◇▲△■□•★☆✅✔✓📌👉🔹🔸🔶🔷⭐➡';

/** A character class of the bullets, for a regular expression with the `u` flag (two of them are outside the BMP). */
export const BULLET = `[${BULLET_SYMBOLS}]`;
