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
-- with a counter of its thread appended, so that no kept answer (the indicator cache of decision 0057, the
-- search's of decision 0064) answers it: the cost of computing the answer, beside the cached rows that read one
-- address over and over.
-- PATHS="path path ..." (the rotating search row): each request asks the next of these paths (each thread
-- starting at its own place) instead of the one on the command line, so that a kept answer is not one address
-- read over and over.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

local paths = {}
for p in string.gmatch(os.getenv("PATHS") or "", "%S+") do
  paths[#paths + 1] = p
end
local uncached = os.getenv("UNCACHED") == "1"

if uncached or #paths > 0 then
  local n = 0
  request = function()
    n = n + 1
    local path = wrk.path
    if #paths > 0 then
      path = paths[(n + id * 7) % #paths + 1]
    end
    if uncached then
      path = path .. "&uncached=" .. id .. "-" .. n
    end
    return wrk.format(nil, path)
  end
end
