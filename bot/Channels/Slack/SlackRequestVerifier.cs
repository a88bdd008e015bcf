using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.Slack;

/// <summary>
/// Checks that a request really comes from Slack: <c>X-Slack-Signature</c> must be <c>v0=</c> + the hex
/// HMAC-SHA256 of <c>v0:{X-Slack-Request-Timestamp}:{raw body}</c> keyed with the signing secret, and the timestamp
/// must lie within five minutes of now (either way), so a captured request cannot be replayed later.
/// </summary>
public sealed partial class SlackRequestVerifier(IOptionsMonitor<SlackOptions> options, TimeProvider time, ILogger<SlackRequestVerifier> logger)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    /// <summary>How far the request's timestamp may be from our clock.</summary>
    public static readonly TimeSpan ReplayWindow = TimeSpan.FromMinutes(5);

    /// <summary>Slack's payloads are small; anything far larger is not from Slack and is not worth hashing.</summary>
    public const int MaxBodyBytes = 512 * 1024;

    private const string Version = "v0";

    /// <summary>Reads the raw body and verifies it; returns the body only when the request is genuine.</summary>
    public async Task<byte[]?> ReadVerifiedBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var signature = request.Headers[SignatureHeader].ToString();
        var timestamp = request.Headers[TimestampHeader].ToString();
        if (signature.Length == 0 || timestamp.Length == 0)
        {
            LogRejected(logger, request.Path, "missing signature headers");
            return null;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) > ReplayWindow.TotalSeconds)
        {
            LogRejected(logger, request.Path, "timestamp outside the replay window");
            return null;
        }

        var body = await ReadBodyAsync(request, cancellationToken);
        if (body is null)
        {
            LogRejected(logger, request.Path, "body too large");
            return null;
        }

        if (!IsValid(options.CurrentValue.SigningSecret, timestamp, body, signature))
        {
            LogRejected(logger, request.Path, "signature mismatch");
            return null;
        }

        return body;
    }

    private static bool IsValid(string secret, string timestamp, byte[] body, string signature)
    {
        var prefix = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed, prefix.Length);

        var expected = Encoding.ASCII.GetBytes(Version + "=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed)));
        var given = Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant());

        // Constant time, so the response time does not tell an attacker how many leading characters were right.
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [LoggerMessage(EventId = LogEventIds.SlackRequestRejected, Level = LogLevel.Warning, Message = "Rejected a Slack request to {Path}: {Reason}")]
    private static partial void LogRejected(ILogger logger, PathString path, string reason);
}
