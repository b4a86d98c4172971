import { createRouter, createWebHistory } from 'vue-router';
import { loadMe } from './session';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'home', component: () => import('./home/HomeView.vue') },
    { path: '/login', name: 'login', component: () => import('./home/HomeView.vue'), props: { localOnly: true } },
    { path: '/games', name: 'games', component: () => import('./games/GamesView.vue'), meta: { auth: true } },
    { path: '/games/:id', name: 'game', component: () => import('./game/GameView.vue'), meta: { auth: true }, props: true },
    { path: '/:rest(.*)*', redirect: '/' },
  ],
});

router.beforeEach(async (to) => {
  const me = await loadMe();
  if (to.meta.auth && !me) return { name: 'home', query: { next: to.fullPath } };
  if ((to.name === 'home' || to.name === 'login') && me) {
    const next = typeof to.query.next === 'string' && to.query.next.startsWith('/') ? to.query.next : '/games';
    return next;
  }
  return true;
});
