using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: compact HS256 JSON Web Tokens signed with a key derived from the secret,
/// each scoped to one conversation (<c>conv</c>) and one user (<c>user</c>, which Web Chat reads to know who it is).
/// </summary>
public sealed class DirectLineTokenService(DirectLineSecret secret, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private const string Issuer = "crossborderbot-directline";
    private static readonly string EncodedHeader = DirectLineSecret.Base64Url("""{"alg":"HS256","typ":"JWT"}"""u8);

    /// <summary>Seconds a freshly issued token lasts (the <c>expires_in</c> of every token response).</summary>
    public int LifetimeSeconds => (int)options.Value.TokenLifetime.TotalSeconds;

    public string Issue(string conversationId, string userId)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var payload = new JsonObject
        {
            ["iss"] = Issuer,
            ["conv"] = conversationId,
            ["user"] = userId,
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + LifetimeSeconds,
            ["jti"] = DirectLineSecret.Base64Url(RandomNumberGenerator.GetBytes(9)),
        };
        var signingInput = EncodedHeader + "." + DirectLineSecret.Base64Url(Encoding.UTF8.GetBytes(payload.ToJsonString()));
        return signingInput + "." + DirectLineSecret.Base64Url(Sign(signingInput));
    }

    public DirectLineTokenStatus Validate(string token, out DirectLineToken? claims)
    {
        claims = null;
        var parts = token.Split('.');
        if (parts.Length != 3 || parts[0] != EncodedHeader)
        {
            return DirectLineTokenStatus.Invalid;
        }

        var signature = FromBase64Url(parts[2]);
        if (signature is null || !CryptographicOperations.FixedTimeEquals(signature, Sign(parts[0] + "." + parts[1])))
        {
            return DirectLineTokenStatus.Invalid;
        }

        // Only a payload we signed gets this far, so a parse failure means a bug, not an attack; still, stay strict.
        var payloadBytes = FromBase64Url(parts[1]);
        if (payloadBytes is null)
        {
            return DirectLineTokenStatus.Invalid;
        }

        try
        {
            using var payload = JsonDocument.Parse(payloadBytes);
            var root = payload.RootElement;
            if (root.GetProperty("iss").GetString() != Issuer
                || root.GetProperty("conv").GetString() is not { Length: > 0 } conversationId
                || root.GetProperty("user").GetString() is not { Length: > 0 } userId)
            {
                return DirectLineTokenStatus.Invalid;
            }

            var expiresAt = DateTimeOffset.FromUnixTimeSeconds(root.GetProperty("exp").GetInt64());
            claims = new DirectLineToken(conversationId, userId, expiresAt);
            return time.GetUtcNow() >= expiresAt ? DirectLineTokenStatus.Expired : DirectLineTokenStatus.Valid;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return DirectLineTokenStatus.Invalid;
        }
    }

    /// <summary>Seconds until a token's expiry, never negative.</summary>
    public int SecondsLeft(DirectLineToken token)
        => (int)Math.Max(0, (token.ExpiresAt - time.GetUtcNow()).TotalSeconds);

    private byte[] Sign(string signingInput) => HMACSHA256.HashData(secret.SigningKey, Encoding.ASCII.GetBytes(signingInput));

    private static byte[]? FromBase64Url(string value)
    {
        var base64 = value.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        var buffer = new byte[base64.Length];
        return Convert.TryFromBase64String(base64, buffer, out var written) ? buffer[..written] : null;
    }
}
