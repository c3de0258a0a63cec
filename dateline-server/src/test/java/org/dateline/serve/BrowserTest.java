package org.dateline.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.dateline.store.ExampleStories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web UI in a real browser (Debian's chromium, headless). Skipped where chromium is not installed;
 * Selenium is given the driver and browser paths so that it never downloads anything.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static ServerFixture fixture;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromium-driver are not installed");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        fixture = new ServerFixture(dir, true);
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1200, 1000));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (fixture != null) fixture.close();
    }

    static void screenshot(String name) throws IOException {
        Path out = Path.of("target", "screenshots");
        Files.createDirectories(out);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), out.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void storyPageShowsQuotesWithSpeakersAndHighlightedEvents() throws IOException {
        browser.get(fixture.base() + "/story/" + ServerFixture.id(ExampleStories.kremlinCall()));
        assertThat(browser.getTitle()).startsWith("Kremlin welcomes call");
        List<WebElement> quotes = browser.findElements(By.cssSelector("#quotes .quote-item"));
        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.findElement(By.tagName("blockquote")).getText()).isEqualTo("The conversation was frank and businesslike,");
            assertThat(q.findElement(By.className("speaker-name")).getText()).contains("Yuri Ushakov");
        });
        assertThat(browser.findElements(By.cssSelector("#events tbody tr"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).contains("1312").contains("warned of sweeping sanctions"));
        WebElement threat = browser.findElements(By.cssSelector("#text .event")).stream()
                .filter(e -> e.getText().contains("sweeping sanctions")).findFirst().orElseThrow();
        assertThat(threat.getAttribute("title")).contains("CAMEO 1312").contains("USAGOV").contains("evidence");
        WebElement speaker = browser.findElement(By.cssSelector("#text a.speaker"));
        assertThat(speaker.getText()).isEqualTo("Yuri Ushakov");
        assertThat(speaker.getAttribute("title")).contains("RUSGOV");
        screenshot("story-desktop");

        // Keyboard: the skip link comes first, and following the speaker's link reaches the actor page.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        speaker.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("/actor/RUSGOV");
        assertThat(browser.findElement(By.id("said")).getText()).contains("frank and businesslike");
        screenshot("actor");
    }

    /** The reference page, analysed by the engine itself, as an analyst sees it in the browser. */
    @Test
    void referencePageShowsItsQuotedPassagesWithSpeakersAndItsEvents() throws IOException {
        assumeTrue(ServerFixture.REFERENCE != null, "shared data absent");
        browser.get(fixture.base() + "/story/" + ServerFixture.id(ServerFixture.REFERENCE));
        assertThat(browser.getTitle()).startsWith("Kremlin Says");
        List<WebElement> quotes = browser.findElements(By.cssSelector("#quotes .quote-item"));
        String[][] expected = {
            {"does not intend to deploy offensive strike weapons", "Ushakov"},
            {"total collapse of the relations", "Ushakov"},
            {"colossal mistake", "Ushakov"},
            {"We are not going to draw conclusions", "White House official"}};
        for (String[] e : expected) {
            assertThat(quotes).as(e[0]).anySatisfy(q -> {
                assertThat(q.findElement(By.tagName("blockquote")).getText()).contains(e[0]);
                assertThat(q.findElement(By.className("speaker-name")).getText()).containsIgnoringCase(e[1]);
            });
        }
        List<String> events = browser.findElements(By.cssSelector("#events tbody tr")).stream().map(WebElement::getText).toList();
        assertThat(events).anySatisfy(t -> assertThat(t).contains("1312").contains("USAGOV").contains("RUS"));
        assertThat(events).anySatisfy(t -> assertThat(t).contains("041"));
        assertThat(events).anySatisfy(t -> assertThat(t).contains("2022-01-09").contains("040"));
        screenshot("reference-story");
    }

    @Test
    void readableOnAPhone() throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(fixture.base() + "/story/" + ServerFixture.id(ExampleStories.genevaTalks()));
            Object fits = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth + 1");
            assertThat(fits).isEqualTo(true);
            screenshot("story-phone");
            browser.get(fixture.base() + "/search?q=sanctions");
            assertThat(browser.findElements(By.cssSelector("ol.stories li"))).hasSize(ServerFixture.REFERENCE == null ? 2 : 3);
            screenshot("search-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1200, 1000));
        }
    }

    @Test
    void scriptPayloadsInAPageNeverRun() throws IOException {
        browser.get(fixture.base() + "/story/" + ServerFixture.id(ExampleStories.hostile()));
        JavascriptExecutor js = browser;
        // Had the title's payload run, the title would be just "pwned"; it stays the headline, shown as text.
        assertThat(browser.getTitle()).isEqualTo("<script>document.title='pwned'</script>Hostile headline · Dateline");
        assertThat(js.executeScript("return typeof window.pwned")).isEqualTo("undefined");
        assertThat(browser.findElements(By.cssSelector("#text script, #text img, main script, main img"))).isEmpty();
        // The payloads are shown as text, as the page wrote them.
        assertThat(browser.findElement(By.id("text")).getText()).contains("<script>window.pwned=1;document.title='pwned'</script>")
                .contains("<img src=x onerror=");
        assertThat(browser.findElement(By.id("quotes")).getText()).contains("Mallory </title><script>window.pwned=4</script>");
        screenshot("hostile");
        browser.get(fixture.base() + "/search?q=" + java.net.URLEncoder.encode("<img src=x onerror=window.pwned=7>",
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(js.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    }
}
