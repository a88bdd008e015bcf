using Microsoft.Extensions.Options;

namespace CrossBorderBot.Hosting;

/// <summary>
/// Checks the <c>MicrosoftApp*</c> settings the way the SDK will use them: a known app type; with an app id, the
/// secret or tenant that type needs. An empty app id (authentication off) needs nothing else.
/// </summary>
public sealed class BotFrameworkAuthenticationOptionsValidator : IValidateOptions<BotFrameworkAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var type = string.IsNullOrWhiteSpace(options.MicrosoftAppType) ? BotFrameworkAuthenticationOptions.MultiTenant : options.MicrosoftAppType.Trim();
        var known = new[] { BotFrameworkAuthenticationOptions.MultiTenant, BotFrameworkAuthenticationOptions.SingleTenant, BotFrameworkAuthenticationOptions.UserAssignedManagedIdentity };
        if (!known.Contains(type, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"MicrosoftAppType must be one of {string.Join(", ", known)} (or empty for MultiTenant); it is '{type}'.");
        }

        if (string.IsNullOrWhiteSpace(options.MicrosoftAppId))
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!string.Equals(type, BotFrameworkAuthenticationOptions.UserAssignedManagedIdentity, StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add($"MicrosoftAppPassword is required with MicrosoftAppId when MicrosoftAppType is {type}.");
        }

        if (!string.Equals(type, BotFrameworkAuthenticationOptions.MultiTenant, StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {type}.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
