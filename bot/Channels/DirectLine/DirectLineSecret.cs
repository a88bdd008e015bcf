using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Channels.DirectLine;

/// <summary>
/// The Direct Line secret in force for this process: the configured one, or a random one generated at start-up
/// (logged as generated, never its value). Also derives the token signing key, so the secret itself never signs.
/// </summary>
public sealed partial class DirectLineSecret
{
    private const string SigningKeyInfo = "CrossBorderBot Direct Line token signing key v1";
    private readonly byte[] _secretBytes;

    public DirectLineSecret(IOptions<DirectLineOptions> options, ILogger<DirectLineSecret> logger)
    {
        var configured = options.Value.Secret?.Trim();
        if (string.IsNullOrEmpty(configured))
        {
            configured = Base64Url(RandomNumberGenerator.GetBytes(32));
            LogGeneratedSecret(logger);
        }

        _secretBytes = Encoding.UTF8.GetBytes(configured);
        SigningKey = HKDF.DeriveKey(HashAlgorithmName.SHA256, _secretBytes, 32, info: Encoding.UTF8.GetBytes(SigningKeyInfo));
    }

    /// <summary>The HMAC-SHA256 key tokens are signed with.</summary>
    internal byte[] SigningKey { get; }

    /// <summary>Compares in constant time, so response timing does not reveal how much of a guess was right.</summary>
    public bool Matches(string candidate)
    {
        var candidateBytes = Encoding.UTF8.GetBytes(candidate);
        return CryptographicOperations.FixedTimeEquals(candidateBytes, _secretBytes);
    }

    internal static string Base64Url(ReadOnlySpan<byte> bytes)
        => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [LoggerMessage(EventId = LogEventIds.DirectLineGeneratedSecret, Level = LogLevel.Information, Message = "DirectLine:Secret is not set: generated a random Direct Line secret for this run (tokens end with the process)")]
    private static partial void LogGeneratedSecret(ILogger logger);
}
