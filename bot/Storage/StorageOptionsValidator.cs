using CrossBorderBot.Composition;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Storage;

/// <summary>
/// Fails start-up with a message that names the bad value and the allowed ones, because a typo in
/// <c>Storage__Provider</c> would otherwise surface only on the first user message.
/// </summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    private const string Section = StorageOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var provider = options.ProviderKind;
        var failures = new OptionsFailures().Require(
            provider is not null,
            $"{Section}:{nameof(StorageOptions.Provider)} is '{options.Provider}', which is not a known storage provider. "
            + $"Allowed values: {string.Join(", ", StorageOptions.AllowedProviders)}.");
        foreach (var (valid, message) in ProviderRequirements(provider, options))
        {
            failures.Require(valid, message);
        }

        return failures.Result();
    }

    // What the chosen provider needs besides its name: each check with the message shown when it fails.
    private static (bool Valid, string Message)[] ProviderRequirements(StorageProvider? provider, StorageOptions options) => provider switch
    {
        StorageProvider.Sqlite =>
        [
            (!string.IsNullOrWhiteSpace(options.SqlitePath), $"{Section}:{nameof(StorageOptions.SqlitePath)} must name a database file when the provider is {provider}."),
        ],
        StorageProvider.Memory =>
        [
            (options.MemoryMaxMegabytes >= 1, $"{Section}:{nameof(StorageOptions.MemoryMaxMegabytes)} is {options.MemoryMaxMegabytes}; the Memory provider needs at least 1 (MiB of state to keep)."),
        ],
        StorageProvider.Postgres =>
        [
            (!string.IsNullOrWhiteSpace(options.Postgres.ConnectionString), $"{Section}:Postgres:ConnectionString must be set when the provider is {provider}."),
            (PostgresStorage.IsValidTableName(options.Postgres.Table), $"{Section}:Postgres:Table is '{options.Postgres.Table}'; use lower-case letters, digits and '_', starting with a letter."),
        ],
        StorageProvider.AzureBlob =>
        [
            (!string.IsNullOrWhiteSpace(options.AzureBlob.ConnectionString), $"{Section}:AzureBlob:ConnectionString must be set when the provider is {provider}."),
            (IsValidContainerName(options.AzureBlob.Container), $"{Section}:AzureBlob:Container is '{options.AzureBlob.Container}'; a container name has 3 to 63 lower-case letters, digits and single hyphens."),
        ],
        _ => [],
    };

    private static bool IsValidContainerName(string? name) =>
        name is { Length: >= 3 and <= 63 }
        && name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && char.IsAsciiLetterOrDigit(name[0]) && char.IsAsciiLetterOrDigit(name[^1])
        && !name.Contains("--", StringComparison.Ordinal);
}
