// Runs ccxt, ccxt.pro and the bitget-api Node SDK, unchanged but for their URLs, against the
// standalone FakeBitget, and prints one line per call tried. Not part of the Maven build.
//
//   npm install                                   (in this folder: ccxt 4.5.84, bitget-api 3.2.3)
//   node check-clients.js <standalone.jar> [--account-mode unified | --demo]
//
// It starts the jar itself, reads its JSON start-up line, drives the clients and the control
// API, stops the jar, and ends with "N passed, M failed" (exit status 1 when something failed).
'use strict';

const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const readline = require('node:readline');
const ccxt = require('ccxt');
const { RestClientV2, RestClientV3, WebsocketClientV2 } = require('bitget-api');

const jar = process.argv[2];
const unified = process.argv.includes('unified');
const demo = process.argv.includes('--demo');
if (!jar) {
  console.error('usage: node check-clients.js <bitget-testkit-...-standalone.jar> [--account-mode unified | --demo]');
  process.exit(2);
}

const BTC = 'BTC/USDT:USDT';
const AI = '$AI/USDT:USDT';
const LOBSTER = '龙虾/USDT:USDT';
const results = { passed: 0, failed: 0 };

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Runs one check: ok when fn resolves (its value is the detail), FAIL when it throws. */
async function check(name, fn) {
  try {
    const detail = await withTimeout(Promise.resolve().then(fn), 15000, name);
    results.passed++;
    console.log(`ok   ${name}${detail === undefined ? '' : ': ' + detail}`);
    return true;
  } catch (e) {
    results.failed++;
    console.log(`FAIL ${name}: ${e.constructor.name}: ${String(e.message).slice(0, 300)}`);
    return false;
  }
}

/** A check that passes when fn is refused with an error whose text contains `expected`. */
async function refused(name, expected, fn) {
  return check(name, async () => {
    try {
      await fn();
    } catch (e) {
      // ccxt throws Errors; bitget-api rejects with a plain object holding the answer's body
      if (String(e.message).includes(expected) || JSON.stringify(e).includes(expected)) {
        return `refused as expected (${expected})`;
      }
      throw e;
    }
    throw new Error(`expected a refusal with ${expected}, but it succeeded`);
  });
}

function assert(condition, message) {
  if (!condition) {
    throw new Error(message);
  }
}

function startFake() {
  const args = ['-jar', jar, '--port', '0', '--tick-interval', '100ms',
    '--symbols', 'BTCUSDT_UMCBL,ETHUSDT_UMCBL,$AIUSDT_UMCBL=0.25,龙虾USDT_UMCBL=2'];
  if (unified) {
    args.push('--account-mode', 'unified');
  }
  if (demo) {
    args.push('--demo');
  }
  const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout });
  return withTimeout(new Promise((resolve, reject) => {
    lines.once('line', (line) => resolve({ child, info: JSON.parse(line) }));
    child.once('exit', (code) => reject(new Error(`the fake exited with ${code}`)));
  }), 30000, 'the fake\'s start-up line');
}

async function main() {
  const { child, info } = await startFake();
  process.on('exit', () => child.kill('SIGTERM'));
  const sdkPackage = path.join(path.dirname(require.resolve('bitget-api')), '..', '..', 'package.json');
  console.log(`fake: ${info.restUrl} accountMode=${info.accountMode} (ccxt ${ccxt.version}, bitget-api `
    + `${JSON.parse(fs.readFileSync(sdkPackage, 'utf8')).version}, node ${process.version})`);
  const control = async (method, path, body) => {
    const response = await fetch(info.controlUrl + path, {
      method, headers: { 'Content-Type': 'application/json' }, body: body && JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) {
      throw new Error(`${method} ${path}: ${response.status} ${json.error}`);
    }
    return json;
  };
  try {
    if (demo) {
      await ccxtDemo(info);
    } else if (unified) {
      await ccxtRest(info, control);
      // ccxt.pro speaks V3 streams to a unified account: the fake's publicWsUrl and privateWsUrl are V3's then
      await ccxtPro(info, control);
      await bitgetApiV3(info);
    } else {
      await ccxtRest(info, control);
      await ccxtPro(info, control);
      await bitgetApiV2(info, control);
    }
  } finally {
    child.kill('SIGTERM');
  }
  console.log(`${results.passed} passed, ${results.failed} failed`);
  process.exit(results.failed === 0 ? 0 : 1);
}

function ccxtOptions(info) {
  const api = {};
  for (const key of ['spot', 'mix', 'user', 'p2p', 'broker', 'margin', 'common', 'tax', 'convert', 'copy', 'earn',
    'uta']) {
    api[key] = info.restUrl;
  }
  // the fake's stream URLs are those of its account mode: V2's for a classic account, V3's for a unified one
  api.ws = { public: info.publicWsUrl, private: info.privateWsUrl, utaPublic: info.publicWsUrl,
    utaPrivate: info.privateWsUrl };
  // ccxt.pro opens plain ws:// URLs (not wss://) only with an HTTP agent: in ccxt's words, "to use proxy
  // with non-ssl ws:// urls, at first run await exchange.loadHttpProxyAgent()"; passing one does the same
  return { apiKey: info.apiKey, secret: info.secretKey, password: info.passphrase,
    options: { defaultType: 'swap' }, urls: { api }, httpAgent: new http.Agent() };
}

async function ccxtRest(info, control) {
  const ex = new ccxt.bitget(ccxtOptions(info));
  await check('ccxt loadMarkets', async () => {
    const markets = await ex.loadMarkets();
    assert(markets[BTC] && markets[AI] && markets[LOBSTER], 'swap markets missing');
    return `${Object.keys(markets).length} markets (${Object.keys(markets).join(', ')}), `
      + `${Object.keys(ex.currencies).length} currencies, uta=${ex.options.uta}`;
  });
  await check('ccxt fetchTime', async () => `${await ex.fetchTime()}`);
  await check('ccxt fetchTicker BTC', async () => {
    const t = await ex.fetchTicker(BTC);
    assert(t.last > 0 && t.bid > 0 && t.ask > 0, JSON.stringify(t));
    return `last ${t.last} bid ${t.bid} ask ${t.ask}`;
  });
  await check('ccxt fetchTickers', async () => Object.keys(await ex.fetchTickers([BTC, AI, LOBSTER])).join(', '));
  await check('ccxt fetchOrderBook', async () => {
    const b = await ex.fetchOrderBook(BTC, 5);
    assert(b.bids.length === 5 && b.asks.length === 5 && b.bids[0][0] < b.asks[0][0], 'book');
    return `best ${b.bids[0][0]} / ${b.asks[0][0]}`;
  });
  await check('ccxt fetchOHLCV 1m', async () => `${(await ex.fetchOHLCV(BTC, '1m', undefined, 10)).length} candles`);
  await check('ccxt fetchTrades', async () => `${(await ex.fetchTrades(BTC, undefined, 5)).length} trades`);
  await check('ccxt fetchFundingRate', async () => `${(await ex.fetchFundingRate(BTC)).fundingRate}`);
  await check('ccxt setLeverage 5', async () => JSON.stringify((await ex.setLeverage(5, BTC)).data ?? 'ok'));
  if (unified) {
    // ccxt 4.5.84's fetchLeverage has no V3 path: it calls V2's account endpoint, which Bitget refuses to a unified key
    await refused('ccxt fetchLeverage (V2 only in ccxt: refused to a unified key)', '40085',
      () => ex.fetchLeverage(BTC));
  } else {
    await check('ccxt fetchLeverage', async () => {
      const l = await ex.fetchLeverage(BTC);
      return `long ${l.longLeverage} short ${l.shortLeverage} ${l.marginMode}`;
    });
  }
  await check('ccxt fetchBalance', async () => {
    const b = await ex.fetchBalance();
    assert(b.USDT && b.USDT.total > 0, JSON.stringify(b.total));
    return `USDT total ${b.USDT.total} free ${b.USDT.free}`;
  });
  const price = (await ex.fetchTicker(BTC)).last;
  let resting;
  await check('ccxt createOrder limit buy (rests)', async () => {
    resting = await ex.createOrder(BTC, 'limit', 'buy', 0.01, Math.round(price * 0.9));
    return `id ${resting.id}`;
  });
  await check('ccxt fetchOpenOrders', async () => {
    const open = await ex.fetchOpenOrders(BTC);
    assert(open.some((o) => o.id === resting.id), 'the resting order is not listed');
    return `${open.length} open`;
  });
  await check('ccxt fetchOrder', async () => {
    const o = await ex.fetchOrder(resting.id, BTC);
    return `${o.status} ${o.side} ${o.amount} @ ${o.price}`;
  });
  await check('ccxt editOrder', async () => {
    const o = await ex.editOrder(resting.id, BTC, 'limit', 'buy', 0.02, Math.round(price * 0.8));
    resting = o;
    return `id ${o.id}`;
  });
  await check('ccxt cancelOrder', async () => {
    const open = await ex.fetchOpenOrders(BTC);
    for (const o of open) {
      await ex.cancelOrder(o.id, BTC);
    }
    assert((await ex.fetchOpenOrders(BTC)).length === 0, 'still open');
    return `cancelled ${open.length}`;
  });
  await check('ccxt createOrder market buy', async () => {
    const o = await ex.createOrder(BTC, 'market', 'buy', 0.01);
    return `id ${o.id}`;
  });
  await check('ccxt fetchPositions', async () => {
    const ps = await ex.fetchPositions([BTC]);
    assert(ps.length === 1 && ps[0].contracts === 0.01 && ps[0].side === 'long', JSON.stringify(ps.map((p) => p.info)));
    return `${ps[0].side} ${ps[0].contracts} @ ${ps[0].entryPrice}, liq ${ps[0].liquidationPrice}`;
  });
  await check('ccxt fetchPosition', async () => {
    const p = await ex.fetchPosition(BTC);
    return `${p.side} ${p.contracts}`;
  });
  await check('ccxt createOrder market sell reduceOnly (closes)', async () => {
    await ex.createOrder(BTC, 'market', 'sell', 0.01, undefined, { reduceOnly: true });
    const ps = (await ex.fetchPositions([BTC])).filter((p) => p.contracts > 0);
    assert(ps.length === 0, 'position still open');
    return 'flat';
  });
  await check('ccxt fetchClosedOrders', async () => `${(await ex.fetchClosedOrders(BTC)).length} closed`);
  await check('ccxt fetchMyTrades', async () => `${(await ex.fetchMyTrades(BTC)).length} fills`);
  await check('ccxt fetchBalance after trading', async () => `USDT total ${(await ex.fetchBalance()).USDT.total}`);
  for (const symbol of [AI, LOBSTER]) {
    await check(`ccxt fetchTicker ${symbol}`, async () => `last ${(await ex.fetchTicker(symbol)).last}`);
    await check(`ccxt limit order, fetchOpenOrders, cancel on ${symbol} (signed GET needs escaping)`, async () => {
      const last = (await ex.fetchTicker(symbol)).last;
      const o = await ex.createOrder(symbol, 'limit', 'buy', 100, last / 2);
      const open = await ex.fetchOpenOrders(symbol);
      assert(open.some((x) => x.id === o.id), 'not listed');
      await ex.cancelOrder(o.id, symbol);
      return `${open.length} open, cancelled`;
    });
  }
  await check('control API: set price, ccxt sees it', async () => {
    await control('POST', '/prices', { symbol: BTC, price: '30000' });
    const t = await ex.fetchTicker(BTC);
    assert(t.last >= 29000, `last ${t.last}`);
    return `last ${t.last}`;
  });
  await check('control API: set a position, ccxt sees it', async () => {
    await control('POST', '/positions', { symbol: 'ETHUSDT_UMCBL', size: '-2', entryPrice: '1800', leverage: 3 });
    const ps = await ex.fetchPositions(['ETH/USDT:USDT']);
    assert(ps.length === 1 && ps[0].side === 'short' && ps[0].contracts === 2, JSON.stringify(ps.map((p) => p.info)));
    await control('DELETE', '/positions');
    return `${ps[0].side} ${ps[0].contracts} @ ${ps[0].entryPrice}`;
  });
  await check('control API: an injected 429 reaches ccxt as DDoSProtection', async () => {
    await control('POST', '/faults/fail-rest', { count: 1, httpStatus: 429, code: '429' });
    try {
      await ex.fetchTicker(BTC);
    } catch (e) {
      assert(e instanceof ccxt.RateLimitExceeded || e instanceof ccxt.DDoSProtection, e.constructor.name);
      return e.constructor.name;
    }
    throw new Error('no error');
  });
  await check('control API: recorded calls', async () => {
    const path = unified ? '/api/v3/trade/place-order' : '/api/v2/mix/order/place-order';
    const calls = (await control('GET', `/calls?path=${path}`)).calls;
    return `${calls.length} place-order calls recorded`;
  });
}

/** A demo-trading key: ccxt's demo mode sends paptrading: 1; without it Bitget (and the fake) answer 40099. */
async function ccxtDemo(info) {
  const live = new ccxt.bitget(ccxtOptions(info));
  await live.loadMarkets();
  await refused('ccxt without demo mode, demo key: fetchBalance', '40099', () => live.fetchBalance());
  const ex = new ccxt.bitget(ccxtOptions(info));
  ex.enableDemoTrading(true);
  await check('ccxt enableDemoTrading(true): loadMarkets', async () => `${Object.keys(await ex.loadMarkets()).length} markets`);
  await check('ccxt demo: fetchBalance', async () => `USDT total ${(await ex.fetchBalance()).USDT.total}`);
  await check('ccxt demo: createOrder market buy', async () => `id ${(await ex.createOrder(BTC, 'market', 'buy', 0.01)).id}`);
  await check('ccxt demo: fetchPositions', async () => {
    const p = (await ex.fetchPositions([BTC]))[0];
    return `${p.side} ${p.contracts}`;
  });
}

async function ccxtPro(info, control) {
  const ex = new ccxt.pro.bitget(ccxtOptions(info));
  await ex.loadMarkets();
  try {
    await check('ccxt.pro watchTicker', async () => {
      const t = await ex.watchTicker(BTC);
      return `last ${t.last}`;
    });
    await check('ccxt.pro watchTicker follows a control-API price', async () => {
      await control('POST', '/prices', { symbol: BTC, price: '31000' });
      for (let i = 0; i < 50; i++) {
        const t = await ex.watchTicker(BTC);
        if (t.last >= 30500) {
          return `last ${t.last}`;
        }
      }
      throw new Error('the ticker never showed the new price');
    });
    await check('ccxt.pro watchOrderBook (checksummed updates)', async () => {
      let book;
      for (let i = 0; i < 10; i++) {
        book = await ex.watchOrderBook(BTC);
      }
      assert(book.bids[0][0] < book.asks[0][0], 'crossed book');
      return `10 updates applied, best ${book.bids[0][0]} / ${book.asks[0][0]}, nonce ${book.nonce}`;
    });
    await check('ccxt.pro watchTrades', async () => `${(await ex.watchTrades(BTC)).length} trades`);
    await check('ccxt.pro watchOHLCV', async () => `${(await ex.watchOHLCV(BTC, '1m')).length} candles`);
    await check('ccxt.pro watchBalance', async () => {
      const balance = ex.watchBalance();
      return `USDT total ${(await balance).USDT.total}`;
    });
    await check('ccxt.pro watchOrders', async () => {
      const watching = ex.watchOrders(BTC);
      await ex.sleep(300);
      const last = (await ex.fetchTicker(BTC)).last;
      const placed = await ex.createOrder(BTC, 'limit', 'buy', 0.01, Math.round(last * 0.9));
      let orders = await watching;
      for (let i = 0; i < 5 && !orders.some((o) => o.id === placed.id); i++) {
        orders = await ex.watchOrders(BTC);
      }
      assert(orders.some((o) => o.id === placed.id), 'the placed order never arrived');
      await ex.cancelOrder(placed.id, BTC);
      return `order ${placed.id} pushed`;
    });
    await check('ccxt.pro watchPositions', async () => {
      const watching = ex.watchPositions([BTC]);
      await ex.sleep(300);
      await ex.createOrder(BTC, 'market', 'buy', 0.01);
      let positions = await watching;
      for (let i = 0; i < 5 && !positions.some((p) => p.contracts > 0); i++) {
        positions = await ex.watchPositions([BTC]);
      }
      assert(positions.some((p) => p.contracts > 0), JSON.stringify(positions));
      await ex.createOrder(BTC, 'market', 'sell', 0.01, undefined, { reduceOnly: true });
      return `${positions[0].side} ${positions[0].contracts}`;
    });
    await check('control API: recorded WebSocket frames', async () => {
      const frames = (await control('GET', '/frames')).frames;
      assert(frames.every((f) => !f.text.includes(info.passphrase)), 'a passphrase shows');
      return `${frames.length} frames, login redacted`;
    });
  } finally {
    await ex.close();
  }
}

async function bitgetApiV2(info, control) {
  const rest = new RestClientV2({ apiKey: info.apiKey, apiSecret: info.secretKey, apiPass: info.passphrase,
    baseUrl: info.restUrl });
  const productType = 'USDT-FUTURES';
  await check('bitget-api getServerTime', async () => `${(await rest.getServerTime()).data.serverTime}`);
  await check('bitget-api getFuturesContractConfig', async () =>
    `${(await rest.getFuturesContractConfig({ productType })).data.length} contracts`);
  await check('bitget-api getFuturesTicker', async () =>
    `last ${(await rest.getFuturesTicker({ symbol: 'BTCUSDT', productType })).data[0].lastPr}`);
  await check('bitget-api getFuturesMergeDepth', async () =>
    `${(await rest.getFuturesMergeDepth({ symbol: 'BTCUSDT', productType })).data.bids.length} bids`);
  await check('bitget-api getFuturesCandles', async () =>
    `${(await rest.getFuturesCandles({ symbol: 'BTCUSDT', productType, granularity: '1m' })).data.length} candles`);
  await check('bitget-api getFuturesAccountAssets', async () =>
    `available ${(await rest.getFuturesAccountAssets({ productType })).data[0].available}`);
  await check('bitget-api setFuturesLeverage', async () =>
    JSON.stringify((await rest.setFuturesLeverage({ symbol: 'BTCUSDT', productType, marginCoin: 'USDT',
      leverage: '7' })).data));
  const order = { symbol: 'BTCUSDT', productType, marginMode: 'isolated', marginCoin: 'USDT', size: '0.01',
    side: 'buy', orderType: 'limit', price: '20000', clientOid: `node-${Date.now()}` };
  let orderId;
  await check('bitget-api futuresSubmitOrder limit', async () => {
    orderId = (await rest.futuresSubmitOrder(order)).data.orderId;
    return `id ${orderId}`;
  });
  await check('bitget-api getFuturesOpenOrders', async () =>
    `${(await rest.getFuturesOpenOrders({ symbol: 'BTCUSDT', productType })).data.entrustedList.length} open`);
  await check('bitget-api futuresCancelOrder', async () =>
    JSON.stringify((await rest.futuresCancelOrder({ symbol: 'BTCUSDT', productType, orderId })).data));
  await check('bitget-api futuresSubmitOrder market', async () =>
    `id ${(await rest.futuresSubmitOrder({ ...order, orderType: 'market', price: undefined,
      clientOid: `node-m-${Date.now()}` })).data.orderId}`);
  await check('bitget-api getFuturesPositions', async () => {
    const ps = (await rest.getFuturesPositions({ productType, marginCoin: 'USDT' })).data;
    return ps.map((p) => `${p.symbol} ${p.holdSide} ${p.total}`).join(', ');
  });
  await check('bitget-api getFuturesTicker $AIUSDT (public)', async () =>
    `last ${(await rest.getFuturesTicker({ symbol: '$AIUSDT', productType })).data[0].lastPr}`);
  await refused('bitget-api getFuturesOpenOrders $AIUSDT (the SDK signs the escaped query)', '40009', () =>
    rest.getFuturesOpenOrders({ symbol: '$AIUSDT', productType }));

  const events = [];
  const publicWs = new WebsocketClientV2({ wsUrl: info.publicWsUrl });
  const privateWs = new WebsocketClientV2({ wsUrl: info.privateWsUrl, apiKey: info.apiKey,
    apiSecret: info.secretKey, apiPass: info.passphrase });
  for (const ws of [publicWs, privateWs]) {
    ws.on('update', (e) => events.push(e));
    ws.on('exception', (e) => events.push({ exception: e }));
  }
  const waitFor = async (what, predicate) => {
    for (let i = 0; i < 100; i++) {
      const hit = events.find(predicate);
      if (hit) {
        return hit;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no ${what} within 10 s; got ${JSON.stringify(events.slice(-3)).slice(0, 200)}`);
  };
  try {
    publicWs.subscribeTopic('USDT-FUTURES', 'ticker', 'BTCUSDT');
    publicWs.subscribeTopic('USDT-FUTURES', 'books', 'BTCUSDT');
    privateWs.subscribeTopic('USDT-FUTURES', 'orders');
    privateWs.subscribeTopic('USDT-FUTURES', 'positions');
    privateWs.subscribeTopic('USDT-FUTURES', 'account');
    for (const channel of ['ticker', 'books', 'account', 'positions']) {
      await check(`bitget-api WebsocketClientV2 ${channel}`, async () => {
        const e = await waitFor(channel, (x) => x.arg && x.arg.channel === channel);
        return `${e.action} with ${e.data.length} item(s)`;
      });
    }
    await check('bitget-api WebsocketClientV2 orders (after an order)', async () => {
      await rest.futuresSubmitOrder({ ...order, clientOid: `node-ws-${Date.now()}` });
      const e = await waitFor('orders push', (x) => x.arg && x.arg.channel === 'orders' && x.data.length > 0);
      return `${e.data[0].status} ${e.data[0].orderId}`;
    });
  } finally {
    publicWs.closeAll(true);
    privateWs.closeAll(true);
  }
  await check('control API: reset', async () => {
    await control('POST', '/reset');
    const state = await control('GET', '/state');
    assert(state.orders.length === 0 && state.positions.length === 0, 'not reset');
    return `balance ${state.account.balance}, prices ${state.prices.map((p) => p.price).join(', ')}`;
  });
}

async function bitgetApiV3(info) {
  const rest = new RestClientV3({ apiKey: info.apiKey, apiSecret: info.secretKey, apiPass: info.passphrase,
    baseUrl: info.restUrl });
  const category = 'USDT-FUTURES';
  await check('bitget-api V3 getInstruments', async () =>
    `${(await rest.getInstruments({ category })).data.length} instruments`);
  await check('bitget-api V3 getTickers', async () =>
    `last ${(await rest.getTickers({ category, symbol: 'BTCUSDT' })).data[0].lastPrice}`);
  await check('bitget-api V3 getBalances', async () => JSON.stringify((await rest.getBalances()).data).slice(0, 80));
  await check('bitget-api V3 submitNewOrder market', async () =>
    `id ${(await rest.submitNewOrder({ category, symbol: 'BTCUSDT', qty: '0.01', side: 'buy',
      orderType: 'market' })).data.orderId}`);
  await check('bitget-api V3 getCurrentPosition', async () =>
    `${(await rest.getCurrentPosition({ category })).data.list.length} positions`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
