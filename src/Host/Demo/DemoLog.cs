using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace GovernanceRewards.Host.Demo;

/// <summary>
/// The demo's screen is the story. Every log line (the embedded chain and database, migrations, the host, the
/// libraries) goes to a file in the demo's folder, rewritten each run; stderr keeps only what may explain a failed
/// step: the backend's own warnings and anyone's errors.
/// </summary>
internal sealed class DemoLog : IDisposable
{
    /// <summary>The backend's categories: its types' namespace and the few loggers it names itself.</summary>
    private static readonly string[] OwnCategories = ["GovernanceRewards", "demo", "index", "migrations"];

    private readonly LogFile _file;

    private DemoLog(string path)
    {
        Path = path;
        _file = new LogFile(path);
        Loggers = LoggerFactory.Create(builder =>
        {
            builder.AddProvider(_file)
                .AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace)
                .AddSimpleConsole(o =>
                {
                    o.SingleLine = true;
                    o.TimestampFormat = "HH:mm:ss ";
                })
                .AddFilter("System.Net.Http", LogLevel.Warning)
                .AddFilter<ConsoleLoggerProvider>(null, LogLevel.Error)
                .SetMinimumLevel(LogLevel.Information);
            foreach (var own in OwnCategories) builder.AddFilter<ConsoleLoggerProvider>(own, LogLevel.Warning);
        });
    }

    public string Path { get; }

    /// <summary>The demo's parts log here, the host too (<see cref="Serve.ServeSettings.LogThroughGivenLoggers"/>).</summary>
    public ILoggerFactory Loggers { get; }

    public static DemoLog Open(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        return new DemoLog(path);
    }

    public void Dispose()
    {
        Loggers.Dispose();
        _file.Dispose();
    }

    /// <summary>One line per entry (time, level, category, event id, message), the exception under it.</summary>
    private sealed class LogFile(string path) : ILoggerProvider
    {
        private static readonly string[] Levels = ["trce", "dbug", "info", "warn", "fail", "crit"];

        // Others may read it while it is written (tail -f).
        private readonly StreamWriter _writer =
            new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read)) { AutoFlush = true };
        private bool _closed;

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        private void Write(string line)
        {
            // A background part may still log while the demo closes; its late lines are dropped.
            lock (_writer)
            {
                if (!_closed) _writer.WriteLine(line);
            }
        }

        public void Dispose()
        {
            lock (_writer)
            {
                _closed = true;
                _writer.Dispose();
            }
        }

        private sealed class Logger(LogFile file, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

            public void Log<TState>(
                LogLevel logLevel, EventId eventId, TState state, Exception? exception,
                Func<TState, Exception?, string> formatter)
            {
                if (!IsEnabled(logLevel)) return;
                var time = DateTime.Now.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture);
                var line = $"{time} {Levels[(int)logLevel]}: {category}[{eventId.Id}] {formatter(state, exception)}";
                file.Write(exception is null ? line : line + Environment.NewLine + exception);
            }
        }
    }
}
