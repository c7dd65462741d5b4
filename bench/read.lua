-- wrk script for the read measurements of bench/benchmark.sh: prints one machine-readable line
-- with requests/s and the 50th, 95th and 99th percentile latencies in milliseconds, and the
-- number of answers that were not 2xx/3xx (wrk's "status" errors) or failed on the socket.
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d bad=%d socket=%d\n",
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, e.status, e.connect + e.read + e.write + e.timeout))
end

-- UNCACHED=1 (bench/benchmark.sh's "uncached" rows): every request asks a new address, an unknown parameter
-- with a counter of its thread appended, so that the indicator cache of decision 0057 never answers it: the
-- cost of computing the answer, beside the cached rows that read one address over and over.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

if os.getenv("UNCACHED") == "1" then
  local n = 0
  request = function()
    n = n + 1
    return wrk.format(nil, wrk.path .. "&uncached=" .. id .. "-" .. n)
  end
end
