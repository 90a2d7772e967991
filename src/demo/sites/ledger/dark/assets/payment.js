// Runs before ledger.js first draws the summary on DOMContentLoaded, so the page opens with the
// puzzles add-on ticked and a service fee already in the total.
document.getElementById('extra-puzzles').checked = true
Ledger.addedCharges.push({ label: 'Service fee', amount: 1.49, recurring: false })
