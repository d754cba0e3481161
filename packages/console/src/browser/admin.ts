/// <reference lib="dom" />
// The admin console (/admin), a bundle of its own.
import { adminPage } from './admin/admin-page';
import { takeTokenFromUrl } from './session';
import { mountShell } from './shell';

takeTokenFromUrl();
const root = document.getElementById('app');
if (root) mountShell(root, adminPage());
