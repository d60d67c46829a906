-- wrk script: POSTs /api/v1/analyze with each request body of the file BODIES names (one JSON
-- object per line, made by market.sh), in turn, so every request analyses a real posting.
local bodies = {}
local next_body = 0

function init(args)
  for line in io.lines(os.getenv("BODIES")) do
    bodies[#bodies + 1] = line
  end
  -- Threads start at different places in the list, so they do not send the same posting at once.
  next_body = (wrk.thread and tonumber(tostring(wrk.thread):match("0x(%x+)"), 16) or 0) % #bodies
end

function request()
  next_body = next_body % #bodies + 1
  return wrk.format("POST", "/api/v1/analyze", { ["Content-Type"] = "application/json" }, bodies[next_body])
end

function done(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
