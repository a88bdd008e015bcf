using Microsoft.Extensions.Options;

namespace CrossBorderBot.Storage;

/// <summary>
/// Fails start-up with a message that names the bad value and the allowed ones, because a typo in
/// <c>Storage__Provider</c> would otherwise surface only on the first user message.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var provider = options.Provider?.Trim();
        if (string.IsNullOrEmpty(provider)
            || !StorageOptions.AllowedProviders.Contains(provider, StringComparer.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:{nameof(StorageOptions.Provider)} is '{options.Provider}', which is not a known storage provider. "
                + $"Allowed values: {string.Join(", ", StorageOptions.AllowedProviders)}.");
        }

        if (string.Equals(provider, StorageOptions.SqliteProvider, StringComparison.OrdinalIgnoreCase)
            && string.IsNullOrWhiteSpace(options.SqlitePath))
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.SectionName}:{nameof(StorageOptions.SqlitePath)} must name a database file when the provider is {StorageOptions.SqliteProvider}.");
        }

        return ValidateOptionsResult.Success;
    }
}
