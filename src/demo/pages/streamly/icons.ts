// Inline SVG icons of the Streamly pages. Inline rather than files, so that they take the text colour.
export const logo = `<svg viewBox="0 0 34 34" aria-hidden="true"><defs><linearGradient id="logo-gradient" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#7c3aed"/><stop offset="1" stop-color="#e11d48"/></linearGradient></defs><rect width="34" height="34" rx="9" fill="url(#logo-gradient)"/><path d="M13 10.5v13l11-6.5z" fill="#fff"/></svg>`

export const check = `<svg viewBox="0 0 20 20" aria-hidden="true"><path d="M4 10.5l4 4 8-9" fill="none" stroke="currentColor" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`

export const tv = `<svg viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><rect x="5" y="9" width="38" height="24" rx="3"/><path d="M17 40h14M24 33v7"/></svg>`
export const laptop = `<svg viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><rect x="9" y="11" width="30" height="20" rx="2"/><path d="M4 37h40"/></svg>`
export const tablet = `<svg viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><rect x="11" y="5" width="26" height="38" rx="3"/><path d="M22 38h4"/></svg>`
export const phone = `<svg viewBox="0 0 48 48" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><rect x="15" y="5" width="18" height="38" rx="3"/><path d="M22 38h4"/></svg>`

export const download = `<svg viewBox="0 0 40 40" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"><path d="M20 6v20M12 18l8 8 8-8M8 32h24"/></svg>`
export const profiles = `<svg viewBox="0 0 40 40" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round"><circle cx="14" cy="14" r="5"/><circle cx="27" cy="15" r="4"/><path d="M5 32c1-6 5-9 9-9s8 3 9 9M23 24c5 0 9 3 10 8"/></svg>`
export const sparkle = `<svg viewBox="0 0 40 40" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"><path d="M20 5l3.5 10.5L34 19l-10.5 3.5L20 33l-3.5-10.5L6 19l10.5-3.5z"/></svg>`

export const lock = `<svg viewBox="0 0 16 16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.6"><rect x="3" y="7" width="10" height="7" rx="1.5"/><path d="M5.5 7V5a2.5 2.5 0 015 0v2"/></svg>`
export const search = `<svg viewBox="0 0 20 20" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="8.5" cy="8.5" r="5.5"/><path d="M13 13l4 4"/></svg>`
export const successCircle = `<svg class="success-icon" viewBox="0 0 64 64" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"><circle cx="32" cy="32" r="28"/><path d="M20 33l8 8 16-17"/></svg>`
export const wave = `<svg class="success-icon" viewBox="0 0 64 64" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round"><circle cx="32" cy="32" r="28"/><path d="M22 38c3 4 6 6 10 6s7-2 10-6M24 26h.01M40 26h.01"/></svg>`

export const user = `<svg viewBox="0 0 32 32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"><circle cx="16" cy="11" r="6"/><path d="M5 28c1.5-6 6-9 11-9s9.5 3 11 9"/></svg>`
export const card = `<svg viewBox="0 0 32 32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2"><rect x="3" y="7" width="26" height="18" rx="3"/><path d="M3 13h26"/></svg>`
export const play = `<svg viewBox="0 0 32 32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linejoin="round"><circle cx="16" cy="16" r="13"/><path d="M13 11v10l8-5z"/></svg>`
export const stick = `<svg viewBox="0 0 32 32" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"><rect x="6" y="12" width="18" height="8" rx="2"/><path d="M24 16h4"/></svg>`

export const visa = `<svg viewBox="0 0 46 30" role="img" aria-label="Visa"><rect width="46" height="30" rx="5" fill="#1a1f71"/><text x="23" y="20" text-anchor="middle" font-family="Arial, sans-serif" font-size="12" font-weight="700" font-style="italic" fill="#fff">VISA</text></svg>`
export const mastercard = `<svg viewBox="0 0 46 30" role="img" aria-label="Mastercard"><rect width="46" height="30" rx="5" fill="#f3f4f6"/><circle cx="19" cy="15" r="8" fill="#eb001b"/><circle cx="27" cy="15" r="8" fill="#f79e1b" fill-opacity=".9"/></svg>`
export const amex = `<svg viewBox="0 0 46 30" role="img" aria-label="American Express"><rect width="46" height="30" rx="5" fill="#2e77bc"/><text x="23" y="19" text-anchor="middle" font-family="Arial, sans-serif" font-size="9" font-weight="700" fill="#fff">AMEX</text></svg>`
