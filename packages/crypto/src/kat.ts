// A 1024-bit RSA key made for n10's known-answer check of OpenSSL's signing (provider.ts
// decides once per digest whether the binding's EVP_Sign* gives 0.10's bytes: OpenSSL 3.0
// writes MD4's DigestInfo with MD2's object identifier, for one). Test data, not a secret.
import { BN } from './bignum';
import type { RsaPrivateKey } from './keys';

const hex = (s: string) => new BN(s, 16);

let key: RsaPrivateKey | undefined;

/** The key, parsed on first use (the check runs once per digest, if ever). */
export function katRsaKey(): RsaPrivateKey {
  return (key ??= {
    kind: 'rsa',
    n: hex(
      'a9519efdd9f701596a4eeba705e3fbb656dbdf22adf30764c10f600f6a9a8ce1f2c03532982179fe083f3177eb1825f2b2aca982688ded99206b95ff64e3d5a8' +
        '4e536150fa2ce69049cf0df04948e5b41fc4833dfcca467ef574201adecc66466700a5c94a3968a05af31cd171ba9b6a032e4dbe5140e43359db0cba5fbe7e53',
    ),
    e: hex('010001'),
    d: hex(
      '451ae7053c7cafb44acb432abc20bc8f430c221a095cf35b8fe03298982dd3ea34257690dbbe6e07dc5dce56df40cfdc2a4886368f6dbdd78d7fdb8c8d24e002' +
        '52d574e73927299596b5238cff879de3aa00f7fbffa8842ceb63bbf5fe27ee54d901ffefddcbaf9c9a964ed1e8d6970ab9679ca5c5d54fa072d456ecd52a64e1',
    ),
    p: hex('e1ae7f167e4cfc95c39bb43ec1a88280349d7a6fb7e5d55c68fc743dd50ce1354e4e729dced781038faef07b4aadf773134281a538f1d17d22426be706e3618f'),
    q: hex('c010bae7b2233090d24814092b3e4105d39a2bdd2a2a6cdf2ca365a2ac962b52cbfcce0bc450f856e7f36b9ddc3d391a7f7fc7d5d889abb689c8638fa955acfd'),
    dp: hex('a7dfd36d79f9ee91c0f5dbb82afa1c491dda5eaf27ce714dd252a86d2e43ec6a689b762ae927e9322af968ad6db9c6adf50fadbca78549dd99546b4b69164f05'),
    dq: hex('b47503a77e7021c97049d8c9649ff1681010e2f5c2106a8aa5de4038400038646ad4f4a389a8aa2cbd72b0c27993ec7b4120461a5e81bb9c9e88714321cf25e1'),
    qi: hex('bfedf6f57926288871c8cb3ea22c3247adac3a1006ef7fa4294bc4f6aa76dc96e26aa28c573e8db16a75d352301b31f0747d7c4e5fe9582dfd65750726b70245'),
  });
}
