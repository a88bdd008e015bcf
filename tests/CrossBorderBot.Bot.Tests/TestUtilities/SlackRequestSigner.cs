using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CrossBorderBot.Tests.TestUtilities;

/// <summary>Signs a request body the way Slack does, written out here independently of the bot's verifier.</summary>
public static class SlackRequestSigner
{
    public const string SigningSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    public static (string Timestamp, string Signature) Sign(string body, DateTimeOffset at, string secret = SigningSecret)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret));
        var hash = hmac.ComputeHash(Encoding.UTF8.GetBytes("v0:" + timestamp + ":" + body));
        return (timestamp, "v0=" + string.Concat(hash.Select(b => b.ToString("x2", CultureInfo.InvariantCulture))));
    }
}
