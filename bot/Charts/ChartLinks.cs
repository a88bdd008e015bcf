using System.Security.Cryptography;

namespace CrossBorderBot.Charts;

/// <summary>
/// Chart addresses: <c>/api/charts/{chart}.png?c={conversation hash}&amp;e={expiry}&amp;s={signature}</c>. The chart id is
/// random (unguessable); the signature (HMAC-SHA256 over chart, conversation hash and expiry) ties the link to its
/// conversation and its expiry, so changing either gives a link that is refused.
/// </summary>
public static class ChartLinks
{
    public const string PathPrefix = "/api/charts/";

    public static string NewChartId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string ConversationHash(string conversationId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(conversationId)))[..24];

    public static string Signature(byte[] key, string chartId, string conversationHash, long expiresUnix) =>
        Base64Url(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes($"{chartId}\n{conversationHash}\n{expiresUnix.ToString(CultureInfo.InvariantCulture)}")));

    public static string PathFor(byte[] key, string chartId, string conversationHash, DateTimeOffset expiresAt)
    {
        var expires = expiresAt.ToUnixTimeSeconds();
        return $"{PathPrefix}{chartId}.png?c={conversationHash}&e={expires.ToString(CultureInfo.InvariantCulture)}&s={Signature(key, chartId, conversationHash, expires)}";
    }

    /// <summary>Compares in constant time.</summary>
    public static bool IsValid(byte[] key, string chartId, string conversationHash, long expiresUnix, string signature)
    {
        var expected = Encoding.ASCII.GetBytes(Signature(key, chartId, conversationHash, expiresUnix));
        var presented = Encoding.ASCII.GetBytes(signature);
        return CryptographicOperations.FixedTimeEquals(expected, presented);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
