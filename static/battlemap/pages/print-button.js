// The handout's Print button: opens the browser's print dialog (the page needs no other script).
for (const button of document.querySelectorAll('[data-action="print"]')) {
  button.addEventListener('click', () => window.print());
}
