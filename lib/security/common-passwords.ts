/**
 * Passwords people pick first, written for this project from the patterns
 * that fill every published list: a common word or name (English or pinyin)
 * with digits or a symbol after it, digit runs and dates, keyboard walks,
 * and anything built from the account's own name or the app's. Checked when
 * a password is set (new account, change, create-admin), never at login.
 */
const WORDS = `
password passw0rd passwd pass word admin administrator root user guest login welcome test testing demo default secret
letmein iloveyou loveyou lovely love lover monkey dragon master shadow sunshine princess football baseball basketball soccer
superman batman spiderman starwars pokemon naruto killer hunter ranger trustno1 whatever freedom flower flowers summer winter
spring autumn michael jennifer jordan charlie daniel thomas robert jessica ashley andrew joshua matthew anthony william
hello hello world secret qwerty azerty computer internet google yahoo microsoft windows apple samsung huawei xiaomi
chocolate cookie banana orange purple yellow silver golden diamond angel angels beauty butterfly peace happy smile
friends family mother father mustang ferrari porsche mercedes harley jordan23 cheese pepper ginger maggie buster tigger
jordan michelle nicole hannah amanda soccer1 hockey tennis golf fishing cowboy cowboys lakers yankees liverpool arsenal
chelsea barcelona manchester united taiwan china beijing shanghai shenzhen guangzhou henan luoyang zhengzhou
woaini woaiwojia woaini1314 aini aiai wozhidao zhongguo zhonghua beijing2008 tiananmen qingdao wangluo mima
zhangwei wangwei wangfang liwei lina zhangli wangjing liuwei zhangmin liqiang wangyong zhangjie liuyang zhangyong
wangjun lijun zhanglei wangtao liming zhangtao wanglei wangqiang lixin zhangxin chenjie yangyang lili xiaoming
xiaohong xiaoli xiaowang laowang dabao baobao babybaby meimei gege jiejie didi mama baba laopo laogong pengyou
tiantian haha hehe xixi kaixin xingfu shuaige meinv huanhuan lele mimi nini qq qqqq qqq111 wodemima mimamima
fazhi fazhinianbao nianbao fazhizhengfu zhengfu sifa sifaju sifating fazhiban yifazhiguo yifa falv fayuan gongan
laocheng xigong jianxi chanhe luolong yanshi mengjin xinan yiyang songxian ruyang luoning yichuan
renmin zhengfu gov government office bangong bangongshi jiguan danwei guanliyuan guanli xitong system server
oracle mysql postgres sqlserver database backup manager support service office2010 office2016 changeme change
`;

/** The same forms with letters for look-alike digits and symbols, as people write them. */
const LOOKALIKE: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };

const COMMON = new Set(WORDS.split(/\s+/).filter(Boolean));

const KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv5tgb", "qazwsxedcrfvtgbyhnujm", "147258369", "741852963", "159357", "123qweasdzxc"];

/** True when the text runs along a keyboard row or the alphabet or the digits, either way. */
function isWalk(text: string): boolean {
  if (text.length < 4) return false;
  const sources = [...KEYBOARD_ROWS, "abcdefghijklmnopqrstuvwxyz", "01234567890"];
  return sources.some((row) => row.includes(text) || [...row].reverse().join("").includes(text));
}

/** Whether the text is made of one short chunk repeated (aaaaaaaa, abcabcabc, 52005200). */
function isRepeat(text: string): boolean {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return true;
  }
  return false;
}

/** The password without what people add to a word to pass a length rule: digits, symbols, a capital. */
function core(password: string): string {
  return password.toLowerCase().replace(/[^a-z]+$/, "").replace(/^[^a-z]+/, "");
}

export const COMMON_PASSWORD_MESSAGE = "这个密码太常见、容易被猜到（如纯数字、键盘顺序、常用词加数字、含用户名或“fazhi”），请换一个";

/** Why this password is too easy to guess for this account, or null. */
export function commonPasswordProblem(password: string, username = ""): string | null {
  const lower = password.toLowerCase();
  const plain = [...lower].map((c) => LOOKALIKE[c] ?? c).join("");
  const name = username.trim().toLowerCase();
  const guessable =
    // Digits with at most one letter: dates, phone numbers, a1234567.
    ((lower.match(/[a-z]/g) ?? []).length <= 1 && /^[\x20-\x7e]+$/.test(lower)) ||
    isRepeat(lower) ||
    isWalk(lower) ||
    isWalk(lower.replace(/[^a-z0-9]/g, "")) ||
    COMMON.has(lower) ||
    COMMON.has(plain) ||
    COMMON.has(core(lower)) ||
    COMMON.has(core(plain)) ||
    isWalk(core(lower)) ||
    /fazhi/.test(plain) ||
    (name.length >= 3 && (plain.includes(name) || lower.includes(name) || lower.includes([...name].reverse().join(""))));
  return guessable ? COMMON_PASSWORD_MESSAGE : null;
}
