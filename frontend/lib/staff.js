// Staff sign-in shared by the volunteer console and the counselor dashboard. The token
// lives in sessionStorage (gone when the tab closes) and travels only in headers/hello.

import { api } from './api.js';

const KEY = 'haven.staff';

export function loadStaff() {
  try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; }
}

export function saveStaff(staff) { sessionStorage.setItem(KEY, JSON.stringify(staff)); }

export async function signIn(email, password, roles) {
  const r = await api('/auth/login', { method: 'POST', body: { email, password } });
  if (!r.ok) {
    if (r.status === 422) return { error: 'Enter your e-mail and password.' };
    return { error: r.error.message };
  }
  const staff = { token: r.data.token, user: r.data.user };
  if (!roles.includes(staff.user.role)) {
    await api('/auth/logout', { method: 'POST', token: staff.token });
    return { error: `This page is for ${roles.join(' and ')}s. You are signed in as a ${staff.user.role}.` };
  }
  saveStaff(staff);
  return { staff };
}

/** Forget the token here and end it on the server (which also sets a volunteer away). */
export async function signOut(staff, prefix) {
  if (staff) await api('/auth/logout', { method: 'POST', token: staff.token });
  for (const k of Object.keys(sessionStorage)) if (k.startsWith('haven.')) sessionStorage.removeItem(k);
  if (prefix) for (const k of Object.keys(localStorage)) if (k.startsWith(prefix)) localStorage.removeItem(k);
}
