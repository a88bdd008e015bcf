namespace CrossBorderBot.Dialogs.Prompts;

/// <summary>Makes typed answers comparable: case, full-width forms, extra spaces and closing punctuation do not matter.</summary>
internal static class AnswerNormalizer
{
    private static readonly char[] ClosingPunctuation = ['.', '!', '?', ',', ';', '。', '！', '？', '，', '；', '~', '～'];

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // NFKC folds full-width letters and digits (common in Chinese input methods) into their ASCII forms.
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var words = folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words).Trim(ClosingPunctuation).Trim();
    }
}
