"""Drives newsgraph's pages in a real headless browser (Debian's Chromium through Selenium's
WebDriver), as a journalist would: the home page, a search for a person of the shared dev
articles, that person's page, an accusation followed to its evidence sentence in the article
page, the accusation network's picture, keyboard navigation and a phone-sized screen.

Usage: python3 pages.py BASE_URL SCREENSHOT_DIR PERSON ACCUSED
Run by tests/pages.rs (slow tier); exits non-zero with a message on the first failure.
"""
import os
import shutil
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

base, shots, person, accused = sys.argv[1:5]
os.makedirs(shots, exist_ok=True)

options = webdriver.ChromeOptions()
for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
    options.add_argument(arg)
options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
service = Service(shutil.which("chromedriver") or "/usr/bin/chromedriver")
driver = webdriver.Chrome(options=options, service=service)
driver.implicitly_wait(5)


def check(cond, message):
    if not cond:
        driver.save_screenshot(os.path.join(shots, "failure.png"))
        print("FAILED:", message, "at", driver.current_url, file=sys.stderr)
        driver.quit()
        sys.exit(1)


def shot(name):
    driver.save_screenshot(os.path.join(shots, name + ".png"))


try:
    # the home page: what the store holds, the top accusers, a search box
    driver.get(base + "/")
    check("newsgraph" in driver.title, "home page title: " + driver.title)
    counts = driver.find_element(By.CSS_SELECTOR, "ul.counts").text
    check("articles" in counts and "accusations" in counts, "counts on the home page: " + counts)
    shot("home")

    # search for the person from the header's search box
    box = driver.find_element(By.ID, "q")
    box.send_keys(person.split()[-1])
    box.send_keys(Keys.ENTER)
    check("/search" in driver.current_url, "the search form leads to /search")
    link = driver.find_element(By.LINK_TEXT, person)
    shot("search")
    link.click()

    # the person's page: the accusation made, with its evidence and a link into the article
    check(driver.find_element(By.TAG_NAME, "h1").text.startswith(person), "the person's page")
    facts = driver.find_elements(By.CSS_SELECTOR, "section div.fact")
    made = [f for f in facts if f.text.startswith("Accuses " + accused)]
    check(made, "the page lists the accusation of " + accused)
    evidence = made[0].find_element(By.CSS_SELECTOR, "blockquote").text
    shot("entity")
    made[0].find_element(By.LINK_TEXT, "in the article").click()

    # the article page at the evidence sentence: the marked span with that id holds it
    fragment = driver.current_url.split("#", 1)[1]
    check(fragment.startswith("char="), "the link goes to a sentence's offsets: " + driver.current_url)
    span = driver.find_element(By.ID, fragment)
    check("evidence" in span.get_attribute("class"), "the sentence is marked as evidence")
    check(span.text.strip() and span.text.strip() in evidence, "the sentence is the evidence: " + span.text)
    check(driver.execute_script("return document.querySelector(':target') === arguments[0]", span),
          "the sentence is the page's target")
    mentions = driver.find_elements(By.CSS_SELECTOR, "div.article-text a.mention")
    check(mentions, "mentions are links in the article text")
    shot("article")

    # the network picture: the nodes and the edge, in the SVG's DOM
    driver.get(base + "/network?top=500")
    labels = {g.get_attribute("data-label") for g in driver.find_elements(By.CSS_SELECTOR, "svg g.node")}
    check(person in labels and accused in labels, "network nodes: %d, %s / %s" % (len(labels), person, accused))
    edges = [(e.get_attribute("data-source"), e.get_attribute("data-target"))
             for e in driver.find_elements(By.CSS_SELECTOR, "svg line.edge")]
    check((person, accused) in edges, "network edge %s -> %s among %d" % (person, accused, len(edges)))
    check(("France", "Japan") in edges, "the examples' edge France -> Japan")
    check(not driver.find_elements(By.TAG_NAME, "script"), "no script on the page")
    shot("network")
    driver.get(base + "/network?by=country")
    shot("network-by-country")

    # the keyboard reaches the links and the search box
    driver.get(base + "/")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    first = driver.switch_to.active_element
    check(first.tag_name == "a", "Tab focuses a link first, not " + first.tag_name)
    for _ in range(6):
        if driver.switch_to.active_element.get_attribute("id") == "q":
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    check(driver.switch_to.active_element.get_attribute("id") == "q", "Tab reaches the search box")

    # a phone-sized screen: no sideways scrolling on the entity page
    driver.set_window_size(390, 844)
    driver.get(base + "/search?q=" + person.split()[-1])
    driver.find_element(By.LINK_TEXT, person).click()
    wide = driver.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    check(wide <= 1, "the entity page fits a phone (%d px too wide)" % wide)
    shot("entity-phone")
    print("ok")
finally:
    driver.quit()
