using Microsoft.Extensions.Options;
using SkiaSharp;

namespace CrossBorderBot.Charts;

/// <summary>
/// Finds a font that draws Chinese and registers it with ScottPlot, once per process. The file is found directly
/// (the configured path, else Debian's font folders, known CJK families first) and checked for the glyphs, rather than
/// asked of fontconfig, so it works with SkiaSharp's dependency-free native build. Without one, charts whose text is
/// Chinese are left out instead of drawing boxes.
/// </summary>
public sealed partial class ChartFonts
{
    /// <summary>The name the font is registered under in ScottPlot.</summary>
    public const string CjkFontName = "CrossBorderBot CJK";

    private const string Probe = "中文美国运费得分";

    private static readonly string[] FontFolders = ["/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/fonts-droid-fallback"];

    /// <summary>File name parts of Debian's CJK fonts, tried before any other file.</summary>
    private static readonly string[] KnownCjkFiles = ["wqy-zenhei", "wqy-microhei", "NotoSansCJK", "NotoSerifCJK", "NotoSansSC", "SourceHanSans", "DroidSansFallback", "uming", "ukai"];

    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, string> Registered = new(StringComparer.Ordinal);

    public ChartFonts(IOptions<ChartOptions> options, ILogger<ChartFonts> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        CjkFontPath = Find(options.Value.CjkFontPath);
        if (CjkFontPath is null)
        {
            LogNoCjkFont(logger);
            return;
        }

        lock (Gate)
        {
            if (!Registered.TryGetValue(CjkFontName, out var path) || path != CjkFontPath)
            {
                ScottPlot.Fonts.AddFontFile(CjkFontName, CjkFontPath);
                Registered[CjkFontName] = CjkFontPath;
            }
        }

        LogCjkFont(logger, CjkFontPath);
    }

    /// <summary>The font file that draws Chinese, or null when this machine has none.</summary>
    public string? CjkFontPath { get; }

    /// <summary>Whether a chart with this text can be drawn without boxes for missing characters.</summary>
    public bool CanDraw(string text) => CjkFontPath is not null || !text.Any(IsCjk);

    /// <summary>The font to draw with: the CJK font when there is one (it has Latin letters too), else ScottPlot's default.</summary>
    public string? FontName => CjkFontPath is null ? null : CjkFontName;

    public static bool IsCjk(char c) => c is >= '\u2E80' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF' or >= '\uFF00' and <= '\uFFEF';

    private static string? Find(string configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return DrawsChinese(configured) ? configured : null;
        }

        var files = FontFolders.Where(Directory.Exists)
            .SelectMany(folder => SafeFiles(folder))
            .Where(file => file.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ttc", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .OrderBy(file => Array.FindIndex(KnownCjkFiles, known => Path.GetFileName(file).Contains(known, StringComparison.OrdinalIgnoreCase)) is var index and >= 0 ? index : int.MaxValue)
            .ThenBy(file => file, StringComparer.Ordinal);
        return files.Take(200).FirstOrDefault(DrawsChinese);
    }

    private static IEnumerable<string> SafeFiles(string folder)
    {
        try
        {
            return Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).ToList();
        }
        catch (IOException)
        {
            return [];
        }
    }

    private static bool DrawsChinese(string path)
    {
        try
        {
            using var typeface = SKTypeface.FromFile(path);
            return typeface is not null && typeface.ContainsGlyphs(Probe);
        }
        catch (Exception exception) when (exception is IOException or ArgumentException)
        {
            return false;
        }
    }

    [LoggerMessage(EventId = LogEventIds.ChartsCjkFont, Level = LogLevel.Information, Message = "Charts draw Chinese with {FontPath}")]
    private static partial void LogCjkFont(ILogger logger, string fontPath);

    [LoggerMessage(EventId = LogEventIds.ChartsNoCjkFont, Level = LogLevel.Warning, Message = "No font with Chinese characters found (install fonts-wqy-zenhei or set Charts:CjkFontPath); charts with Chinese text are left out")]
    private static partial void LogNoCjkFont(ILogger logger);
}
