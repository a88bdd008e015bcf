using System.Security.Cryptography;
using CrossBorderBot.Storage;
using Microsoft.Extensions.Options;

namespace CrossBorderBot.Charts;

/// <summary>
/// The key chart links are signed with: <c>Charts:SigningKey</c> when set, else a random key created once and kept
/// in the bot's storage (created exclusively where the store can, and always read back, so instances agree on it).
/// </summary>
public sealed class ChartSigningKey(IStorage storage, IOptions<ChartOptions> options)
{
    private const string StorageKey = "charts/signing-key";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private byte[]? _key;

    public async Task<byte[]> GetAsync(CancellationToken cancellationToken)
    {
        if (_key is not null)
        {
            return _key;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _key ??= string.IsNullOrEmpty(options.Value.SigningKey)
                ? await LoadOrCreateAsync(cancellationToken)
                : SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.SigningKey));
            return _key;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<byte[]> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await ReadAsync(cancellationToken) is { } stored)
            {
                return stored;
            }

            var created = new ChartSigningKeyRecord { KeyBase64 = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) };
            await storage.CreateOrReplaceAsync(StorageKey, created, isNew: true, cancellationToken);
        }

        return await ReadAsync(cancellationToken) ?? throw new InvalidOperationException("The chart signing key could not be stored.");
    }

    private async Task<byte[]?> ReadAsync(CancellationToken cancellationToken)
    {
        var items = await storage.ReadAsync([StorageKey], cancellationToken);
        return items.TryGetValue(StorageKey, out var value) && value is ChartSigningKeyRecord { KeyBase64.Length: > 0 } stored
            ? Convert.FromBase64String(stored.KeyBase64)
            : null;
    }
}
