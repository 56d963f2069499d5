// Sets the reader's text size for the widgets from the page's query (?text=32px is 200% of 16px), as a
// reader's browser setting would: the widgets' text starts from --ally-font-size, else `medium`.
const size = new URLSearchParams(location.search).get('text');
if (size) document.documentElement.style.setProperty('--ally-font-size', size);
