package org.dateline.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the page stage keeps of an article's body, on pages laid out the ways news sites lay them out. */
class BodyExtractionTest {
    private static Page page(String body) {
        return PageExtractor.fromHtml("test", "<!DOCTYPE html><html><head><title>T</title></head><body>" + body
                + "</body></html>", "https://news.example/story");
    }

    private static final String RIVER_BODY = """
            <div class="article-body">
              <p>Die Pegelstände an der oberen Elbe sind in der Nacht zum Dienstag weiter gestiegen, wie das
              Landesamt für Umwelt mitteilte. In Schöna wurden am Morgen knapp sechs Meter gemessen.</p>
              <p>Die Feuerwehren in den Landkreisen entlang des Flusses haben Sandsäcke an die Gemeinden verteilt,
              mehrere Uferstraßen wurden gesperrt. Der Fährverkehr ruht bis auf Weiteres.</p>
              <p>Für das Wochenende erwarten die Meteorologen neuen Regen im Riesengebirge, weshalb die Behörden
              noch keine Entwarnung geben wollen. Am Donnerstag soll der Krisenstab erneut beraten.</p>
            </div>""";

    @Test
    void standfirstAboveTheBodyContainerOpensTheText() {
        Page p = page("""
                <main><header class="artikel-kopf"><h1>Hochwasser an der Elbe steigt weiter</h1>
                  <div class="artikel-teaser"><p>Nach tagelangem Regen in Tschechien erreicht die Flutwelle Sachsen.
                  Die Behörden rufen die zweithöchste Alarmstufe aus.</p></div></header>
                <article>""" + RIVER_BODY + "</article></main>");
        assertThat(p.text()).startsWith("Nach tagelangem Regen in Tschechien erreicht die Flutwelle Sachsen.");
        assertThat(p.text()).contains("Am Donnerstag soll der Krisenstab erneut beraten.");
        assertThat(p.text().indexOf("Flutwelle")).isLessThan(p.text().indexOf("Pegelstände"));
    }

    @Test
    void subheadingUnderTheHeadlineIsKeptButNotAShortKicker() {
        Page p = page("""
                <article><header><span class="kicker">Política</span><h1>El Congreso aprueba la reforma</h1>
                  <h2 class="subtitulo">La iniciativa obtuvo 89 votos a favor y será enviada al Senado la próxima semana para su discusión</h2>
                  <h3>En vivo</h3></header>
                <div class="nota-cuerpo">
                  <p>La Cámara de Diputados aprobó este martes en primera votación la reforma al sistema de pensiones,
                  tras una sesión que se extendió por más de diez horas y estuvo marcada por la protesta de gremios.</p>
                  <p>El ministro de Hacienda celebró el resultado y adelantó que el Ejecutivo presentará indicaciones
                  durante el trámite en el Senado, donde el oficialismo no cuenta con mayoría propia.</p>
                  <p>Los partidos de oposición anunciaron que recurrirán al Tribunal Constitucional por considerar que
                  dos artículos del proyecto vulneran el derecho de propiedad sobre los fondos acumulados.</p>
                </div></article>""");
        assertThat(p.text()).startsWith("La iniciativa obtuvo 89 votos a favor");
        assertThat(p.text()).doesNotContain("En vivo").contains("derecho de propiedad");
    }

    @Test
    void storyGoesOnAfterABoxOfRelatedLinksSetIntoIt() {
        Page p = page("""
                <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
                <div class="story">
                  <p>The harbour authority said on Monday that the new container terminal would open in March, two
                  months later than planned, after storms damaged the crane rails during construction.</p>
                  <p>"We would rather open late than open unsafe," the authority's chief executive told reporters at a
                  briefing on the quay, adding that the cost overrun would be met by the contractor.</p>
                  <h3>Related</h3>
                  <ul><li><a href="/a">Port traffic hits record high</a></li><li><a href="/b">Crane workers strike</a></li></ul>
                  <p>Shipping lines that had booked berths for January will be offered slots at the old terminal,
                  where night shifts are being added to handle the extra volume, the authority said.</p>
                  <p>The terminal is expected to double the port's capacity and create about 300 permanent jobs once it
                  is fully operational, according to the regional development agency.</p>
                </div>
                <footer><p>Copyright 2024 The Coast Courier. All rights reserved.</p></footer>""");
        assertThat(p.text()).contains("night shifts are being added").contains("300 permanent jobs")
                .doesNotContain("Crane workers strike").doesNotContain("Related").doesNotContain("Copyright");
    }

    @Test
    void labelsCreditsAdvertisingNotesAndAuthorBoxesAreLeftOut() {
        Page p = page("""
                <article><h1>Neue Radwege für die Innenstadt</h1>
                <div class="entry-content">
                  <p>Anzeige</p>
                  <p>Der Stadtrat hat am Mittwochabend mit großer Mehrheit beschlossen, bis 2026 rund zwölf Kilometer
                  neue Radwege in der Innenstadt anzulegen. Die Kosten von 8,4 Millionen Euro trägt zur Hälfte das Land.</p>
                  <p>Foto: dpa</p>
                  <p>Die ersten Abschnitte sollen bereits im Frühjahr entstehen, vor allem entlang der Ringstraße,
                  wo sich im vergangenen Jahr die meisten Unfälle mit Radfahrern ereignet hatten.</p>
                  <p>Der Einzelhandelsverband kritisierte den Wegfall von etwa 300 Parkplätzen, der Fahrradclub
                  begrüßte die Entscheidung dagegen als längst überfällig.</p>
                  <p>Kontakt:</p>
                  <p>Tags</p>
                  <div class="author-box"><p>Anna Berger schreibt seit 2015 über Verkehr und Stadtentwicklung und
                  fährt selbst jeden Tag mit dem Rad zur Redaktion, auch im Winter bei Schnee und Eis.</p></div>
                </div></article>""");
        assertThat(p.text()).contains("zwölf Kilometer").contains("längst überfällig")
                .doesNotContain("Anzeige").doesNotContain("Foto: dpa").doesNotContain("Kontakt")
                .doesNotContain("Tags").doesNotContain("Anna Berger");
    }

    @Test
    void datelineSetApartInsideTheFirstParagraphStays() {
        Page p = page("""
                <div class="article"><p><span class="dateline">NAIROBI –</span> Kenya's central bank held its benchmark
                rate at 10.5 percent on Tuesday, saying inflation was easing but the shilling remained under pressure.</p>
                <p>The decision was expected by most analysts polled last week, who pointed to the fall in fuel prices
                since the summer and the stabilising harvest outlook in the Rift Valley.</p>
                <p>The bank's monetary policy committee will meet again in January, when it will have the first figures
                for the fourth quarter and the effect of the new tax measures on prices.</p></div>""");
        assertThat(p.text()).startsWith("NAIROBI – Kenya's central bank held its benchmark rate");
    }

    @Test
    void rubyReadingsAreNotPartOfTheText() {
        Page p = page("""
                <div class="article-main"><p><ruby>東京<rt>とうきょう</rt></ruby>で<ruby>新<rt>あたら</rt></ruby>しい
                <ruby>駅<rt>えき</rt></ruby>ができました。たくさんの人が朝から駅に来て、写真を撮ったり電車に乗ったりしました。</p>
                <p>駅の近くには店やレストランもできて、町の人たちは「便利になってうれしいです」と話していました。</p></div>""");
        assertThat(p.text()).startsWith("東京で新しい").doesNotContain("とうきょう").doesNotContain("えき");
    }

    @Test
    void storyWrappedInAnAsideOrInNoscriptIsStillRead() {
        String story = """
                <p>The museum will reopen its east wing on Saturday after a two-year restoration that uncovered
                medieval wall paintings behind layers of Victorian plaster, the director said.</p>
                <p>Visitors will be able to see the paintings from a raised walkway, while conservators continue to
                work on the lower sections, which were damaged by damp in the nineteenth century.</p>
                <p>Entry to the east wing will be free for the first month, after which the usual ticket prices
                apply, with reduced rates for students and residents of the county.</p>
                <p>The restoration was paid for by a national heritage grant and by donations from more than two
                thousand local people, whose names are listed on a board at the entrance to the new gallery.</p>
                <p>Archaeologists who worked alongside the builders also found coins, pottery and a carved stone
                that may have belonged to the priory that stood on the site before the museum was built.</p>
                <p>Those finds will go on display next spring, once they have been cleaned and catalogued by the
                county's archaeology service, the museum said in a statement on its website.</p>""";
        Page aside = page("<main><aside class=\"content\"><section><h1>Museum wing reopens</h1>" + story
                + "</section></aside></main>");
        assertThat(aside.text()).contains("medieval wall paintings").contains("residents of the county");
        Page noscript = page("<div class=\"post\"><noscript>" + story + "</noscript></div>");
        assertThat(noscript.text()).contains("medieval wall paintings");
    }

    @Test
    void teaserListsAfterTheArticleAreNotBody() {
        Page p = page("""
                <article><div class="text">
                  <p>Die Gemeinde hat den Bau der neuen Grundschule ausgeschrieben. Bis Ende März können sich
                  Baufirmen bewerben, der Baubeginn ist für den Sommer geplant, wie der Bürgermeister mitteilte.</p>
                  <p>Die Schule soll Platz für 400 Kinder bieten und eine Turnhalle erhalten, die auch den Vereinen
                  am Abend zur Verfügung steht. Das Land fördert den Bau mit sechs Millionen Euro.</p>
                </div></article>
                <ul class="teaser-list">
                  <li class="teaser"><h3><a href="/x">Kita-Gebühren steigen</a></h3><p>Eltern müssen ab Herbst mehr
                  zahlen, weil die Personalkosten der Träger deutlich gestiegen sind und das Land nicht einspringt.</p></li>
                  <li class="teaser"><h3><a href="/y">Freibad öffnet früher</a></h3><p>Wegen des warmen Wetters
                  beginnt die Badesaison in diesem Jahr bereits Mitte Mai, teilten die Stadtwerke am Freitag mit.</p></li>
                </ul>""");
        assertThat(p.text()).contains("400 Kinder").doesNotContain("Kita-Gebühren").doesNotContain("Badesaison");
    }

    @Test
    void cookieNoticesLoginPromptsPromotionsAndCommentFormsStayOutOfTheBody() {
        Page p = page("""
                <div class="cookie-layer"><p>Wir verwenden Cookies. Mit Klick auf Akzeptieren stimmen Sie der Nutzung zu.</p></div>
                <article><div class="text">
                  <p>Die Stadtwerke erhöhen zum 1. Januar die Preise für Fernwärme um durchschnittlich elf Prozent,
                  wie das Unternehmen am Montag mitteilte. Betroffen sind rund 18.000 Haushalte im Stadtgebiet.</p>
                  <p>Wir respektieren deine Privatsphäre und laden externe Inhalte erst nach deiner Zustimmung.</p>
                  <p>Als Grund nennt der Versorger die gestiegenen Kosten für Erdgas, mit dem die Heizkraftwerke
                  betrieben werden. Ein Härtefallfonds soll Haushalte mit geringem Einkommen entlasten.</p>
                  <p>Gefällt dir unser Magazin? Dann unterstütze uns mit einem Abo und lies alle Artikel ohne Werbung.</p>
                  <p>Die Verbraucherzentrale rät Kunden, die neuen Abschläge zu prüfen und bei Zahlungsschwierigkeiten
                  frühzeitig das Gespräch mit dem Versorger zu suchen, bevor Mahngebühren anfallen.</p>
                  <p>Sie sind aktuell nicht eingeloggt.</p>
                  <h3>Kommentar verfassen</h3>
                  <p>Die Preise sind doch jetzt schon viel zu hoch, das kann sich bald keiner mehr leisten!</p>
                </div></article>""");
        assertThat(p.text()).contains("elf Prozent").contains("Härtefallfonds").contains("Mahngebühren")
                .doesNotContain("Cookies").doesNotContain("Privatsphäre").doesNotContain("unser Magazin")
                .doesNotContain("eingeloggt").doesNotContain("Kommentar verfassen").doesNotContain("viel zu hoch");
    }
}
