-- wrk script for bench/benchmark.sh: every request files a new contract (POST /api/v1/contracts,
-- submitted at once) with its own Idempotency-Key, as an official for one of the enterprises of
-- its district (SELLERS, comma-separated ids), and counts the answers: 201 is acknowledged.
-- Amounts carry the thread and request number, so no two requests are duplicates of each other.
local threads = {}

function setup(thread)
  thread:set("number", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  sellers = {}
  for id in string.gmatch(os.getenv("SELLERS"), "[^,]+") do
    table.insert(sellers, id)
  end
  signed = os.getenv("SIGNED_ON")
  run = os.getenv("RUN_ID")
  counter = 0
  created = 0
  other = 0
  statuses = ""
end

function request()
  counter = counter + 1
  local seller = sellers[(counter + number) % #sellers + 1]
  local fen = number * 100000000 + counter
  local amount = string.format("%d.%02d", 100000 + math.floor(fen / 100), fen % 100)
  local body = string.format('{"title":"基准测试技术服务合同","type":"TECHNICAL_SERVICE","subtype":"GENERAL",'
    .. '"technologyField":"ELECTRONIC_INFORMATION","buyer":{"name":"广州市天河区云图数据有限公司",'
    .. '"creditCode":"91440300708461136T","regionCode":"440106","country":"CN"},"signedOn":"%s",'
    .. '"validFrom":"%s","validTo":"2030-12-31","contractAmount":%s,"techTransactionAmount":%s,'
    .. '"sellerId":%s,"submit":true}', signed, signed, amount, amount, seller)
  local headers = {}
  for name, value in pairs(wrk.headers) do  -- the -H headers (Authorization) are dropped otherwise
    headers[name] = value
  end
  headers["Content-Type"] = "application/json"
  headers["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, number, counter)
  return wrk.format("POST", "/api/v1/contracts", headers, body)
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    other = other + 1
    if other <= 3 then
      statuses = statuses .. " " .. status .. ":" .. string.sub(body, 1, 200)
    end
  end
end

function done(summary, latency, requests)
  local acknowledged, refused = 0, 0
  for _, thread in ipairs(threads) do
    acknowledged = acknowledged + thread:get("created")
    refused = refused + thread:get("other")
    local sample = thread:get("statuses")
    if sample ~= "" then
      io.stderr:write("not 201:" .. sample .. "\n")
    end
  end
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d acknowledged=%d other=%d socket=%d\n",
    acknowledged / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, acknowledged, refused,
    e.connect + e.read + e.write + e.timeout))
end
