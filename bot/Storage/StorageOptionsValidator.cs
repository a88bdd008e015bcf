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

        if (string.Equals(provider, StorageOptions.PostgresProvider, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.Postgres.ConnectionString))
            {
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:Postgres:ConnectionString must be set when the provider is {StorageOptions.PostgresProvider}.");
            }

            if (!PostgresStorage.IsValidTableName(options.Postgres.Table))
            {
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:Postgres:Table is '{options.Postgres.Table}'; use lower-case letters, digits and '_', starting with a letter.");
            }
        }

        if (string.Equals(provider, StorageOptions.AzureBlobProvider, StringComparison.OrdinalIgnoreCase))
        {
            if (string.IsNullOrWhiteSpace(options.AzureBlob.ConnectionString))
            {
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:AzureBlob:ConnectionString must be set when the provider is {StorageOptions.AzureBlobProvider}.");
            }

            if (!IsValidContainerName(options.AzureBlob.Container))
            {
                return ValidateOptionsResult.Fail(
                    $"{StorageOptions.SectionName}:AzureBlob:Container is '{options.AzureBlob.Container}'; a container name has 3 to 63 lower-case letters, digits and single hyphens.");
            }
        }

        return ValidateOptionsResult.Success;
    }

    private static bool IsValidContainerName(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
        && !name.Contains("--", StringComparison.Ordinal);
}
