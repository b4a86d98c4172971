// Entry: the router decides the screen; every screen is a controller plus views.
import { createApp } from 'vue';
import App from './App.vue';
import { router } from './router';
import './styles.css';

createApp(App).use(router).mount('#app');
