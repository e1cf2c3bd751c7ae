import { defineBackground } from 'wxt/utils/define-background';

// Wiring only. Tracking, the toolbar badge and notifications arrive with their issue (see README).
export default defineBackground(() => {});
