// The stylesheet KaTeX's markup needs, from the installed package.
import 'katex/dist/katex.min.css';
