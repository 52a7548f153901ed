import { defineModule } from '../../platform/module';
import { GeoResolver } from './geo.resolver';
import { GeoService } from './geo.service';

declare module '../../platform/module' {
  interface Services {
    geo: GeoService;
  }
}

/** Offline geocoding of client addresses (the clients map). */
export const geoModule = defineModule({
  name: 'geo',
  resolvers: [GeoResolver],
  services: { geo: () => new GeoService() },
});
