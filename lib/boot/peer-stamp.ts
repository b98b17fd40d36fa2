import http from "node:http";
import https from "node:https";
import { installPeerStamp } from "@/lib/auth/peer-address";

/** Stamps every request the Node HTTP(S) servers of this process receive with its socket address. */
export function installPeerStampOnNodeServers(): void {
  installPeerStamp([http.Server.prototype, https.Server.prototype]);
}
