namespace CrossBorderBot.Hosting;

/// <summary>
/// The Bot Framework's own settings, at the root of the configuration under their usual names. They are read by the
/// SDK's <c>ConfigurationBotFrameworkAuthentication</c>; this copy exists so a wrong combination stops the host at
/// start-up with a clear message instead of failing the first authenticated request.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedManagedIdentity = "UserAssignedMSI";

    /// <summary><c>MultiTenant</c> (also when empty), <c>SingleTenant</c> or <c>UserAssignedMSI</c>.</summary>
    public string? MicrosoftAppType { get; set; }

    /// <summary>Empty: authentication off (local use, the Emulator without credentials).</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }
}
