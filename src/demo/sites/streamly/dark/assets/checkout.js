// Runs before the summary is first drawn (streamly.js draws it on DOMContentLoaded), so the page
// opens with the protection plan ticked and a support line in the summary.
document.getElementById('addon-care').checked = true
Streamly.summaryExtras.push({ name: 'Priority support', price: 1.99 })
