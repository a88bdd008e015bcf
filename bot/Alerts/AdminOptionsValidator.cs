using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Alerts;

/// <summary>
/// Refuses to start with an admin key that is easy to guess or cannot be sent as it is: the key guards endpoints that
/// message every subscriber.
/// </summary>
public sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    /// <summary>The shortest key accepted; none (empty) is allowed and turns the admin endpoints off.</summary>
    public const int MinKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        var key = options.ApiKey ?? string.Empty;
        return new OptionsFailures()
            .Require(key.Length == 0 || key.Length >= MinKeyLength, $"Admin:ApiKey must be at least {MinKeyLength} characters (or empty to turn the admin endpoints off).")
            .Require(!key.Any(char.IsWhiteSpace), "Admin:ApiKey must not contain spaces or line breaks (it is sent as 'Authorization: Bearer <key>').")
            .Result();
    }
}
