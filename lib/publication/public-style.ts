/** The public page's own styles: inline, so the file stands alone in the site's CMS. Faces by role as GB/T 9704 names them, with the usual system files first. */
export const PUBLIC_CSS = `
body{margin:0;background:#f5f5f0;color:#1a1a1a;font:18px/1.9 "FangSong","STFangsong","仿宋","Noto Serif SC",serif}
main{max-width:48rem;margin:0 auto;padding:1.5rem;background:#fff}
nav a{margin-right:1.5rem}
.metadata dl{display:grid;grid-template-columns:repeat(auto-fit,minmax(18rem,1fr));gap:.25rem 1.5rem;margin:0 0 2rem;padding:1rem;border:1px solid #ccc;font-family:"SimSun","Songti SC",serif;font-size:15px}
.metadata dl div{display:flex;gap:.5rem}
.metadata dt{font-weight:bold;white-space:nowrap}
.metadata dt::after{content:"："}
.metadata dd{margin:0;word-break:break-all}
h1{font:bold 26px/1.6 "FZXiaoBiaoSong-B05S","方正小标宋简体","Noto Serif SC",serif;text-align:center;margin:1rem 0 2rem}
h2{font:20px/1.9 "SimHei","Heiti SC","黑体","Noto Sans SC",sans-serif;margin:1rem 0 0;text-indent:2em}
h3{font:18px/1.9 "KaiTi","STKaiti","楷体","LXGW WenKai",serif;margin:.5rem 0 0;text-indent:2em}
p{margin:0;text-indent:2em;text-align:justify}
p.addressee{text-indent:0}
p.signature,p.date{text-align:right;padding-right:4em}
p.closing{margin-top:.5rem}
.downloads{margin-top:2rem;padding-top:1rem;border-top:1px solid #ccc}
`;
