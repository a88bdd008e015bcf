using System.Net;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Retries a Web API call Slack refused with 429 (rate limited), after the number of seconds its <c>Retry-After</c>
/// header asks for. Slack limits <c>chat.postMessage</c> to about one message per second per channel, which a long
/// reply split into several messages can reach.
/// </summary>
public sealed partial class SlackRateLimitHandler(TimeProvider time, ILogger<SlackRateLimitHandler> logger) : DelegatingHandler
{
    public const int MaxRetries = 3;

    /// <summary>A wait longer than this is not worth holding a turn for; the call fails instead.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(1);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == MaxRetries)
            {
                return response;
            }

            var wait = response.Headers.RetryAfter?.Delta
                ?? (response.Headers.RetryAfter?.Date is { } date ? date - time.GetUtcNow() : DefaultWait);
            if (wait < TimeSpan.Zero)
            {
                wait = TimeSpan.Zero;
            }

            if (wait > MaxWait)
            {
                return response;
            }

            LogRateLimited(logger, request.RequestUri?.AbsolutePath ?? "?", wait.TotalSeconds, attempt + 1);
            response.Dispose();
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    [LoggerMessage(EventId = LogEventIds.SlackRateLimited, Level = LogLevel.Information, Message = "Slack rate-limited {Path}; retry {Attempt} in {Seconds} s")]
    private static partial void LogRateLimited(ILogger logger, string path, double seconds, int attempt);
}
