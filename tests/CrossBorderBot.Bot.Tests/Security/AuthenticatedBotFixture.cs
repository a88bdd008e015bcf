using CrossBorderBot.Tests.TestUtilities;

namespace CrossBorderBot.Tests.Security;

/// <summary>
/// The bot as a real process with authentication on, trusting only <see cref="LocalOpenIdIssuer"/>: the settings the
/// SDK reads for the channel-to-bot tokens (<c>ToBotFromChannelOpenIdMetadataUrl</c>, <c>ToBotFromChannelTokenIssuer</c>)
/// point at it, and <c>SSL_CERT_FILE</c> makes the process trust its test CA.
/// </summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public const string AppId = "3f2a6c1e-0000-4000-8000-c0ffee000001";

    public LocalOpenIdIssuer Issuer { get; private set; } = null!;

    public BotProcess Bot { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await LocalOpenIdIssuer.StartAsync();
        Bot = await StartBotAsync(Issuer.MetadataUrl, Issuer.CaBundlePath, Issuer.BaseUrl);
    }

    /// <remarks>
    /// Once any of the SDK's endpoint settings is given, it takes all of them from configuration (no defaults), so the
    /// bot-to-channel ones point at the local issuer too; they are never called, since replies come back in the body.
    /// </remarks>
    public static Task<BotProcess> StartBotAsync(string metadataUrl, string caBundlePath, string localBaseUrl) => BotProcess.StartAsync(
        new Dictionary<string, string>
        {
            ["MicrosoftAppType"] = "MultiTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-app-password-not-used-offline",
            ["ToBotFromChannelOpenIdMetadataUrl"] = metadataUrl,
            ["ToBotFromChannelTokenIssuer"] = LocalOpenIdIssuer.Issuer,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = metadataUrl,
            ["ToChannelFromBotLoginUrl"] = localBaseUrl + "/login",
            ["ToChannelFromBotOAuthScope"] = localBaseUrl,
            ["OAuthUrl"] = localBaseUrl,
            ["Storage:Provider"] = "Memory",
        },
        new Dictionary<string, string> { ["SSL_CERT_FILE"] = caBundlePath });

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}
