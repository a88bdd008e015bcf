using Microsoft.Extensions.Options;

namespace CrossBorderBot.Composition;

/// <summary>Collects a validator's messages: every broken setting is named at once, not one per start attempt.</summary>
internal sealed class OptionsFailures
{
    private readonly List<string> _messages = [];

    /// <summary>Records <paramref name="message"/> when <paramref name="valid"/> is false.</summary>
    public OptionsFailures Require(bool valid, string message)
    {
        if (!valid)
        {
            _messages.Add(message);
        }

        return this;
    }

    public ValidateOptionsResult Result() =>
        _messages.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_messages);

    /// <summary>An absolute http or https address.</summary>
    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
